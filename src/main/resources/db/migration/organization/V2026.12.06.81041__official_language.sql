-- The language an official last chose on our pages (?lang=vi|en): their notifications (in-app and
-- e-mail) are written in it. Null means Vietnamese.
alter table official add column language varchar(8);
