-- issue 20: the place an agency writes before the date of its papers ("Xã An Bình, ngày 06 tháng 12
-- năm 2026"): the administrative unit where it sits (Decree 30/2020/ND-CP, Annex I, "địa danh").
-- Null: the papers derive it from the agency's name (documents module, PaperPlaces).
alter table agency add column place varchar(128);
