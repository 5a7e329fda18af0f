-- Notices to a dossier's applicant, by channel, to an address outside the organisation: EMAIL (the
-- address in "email") or SMS (the number in "phone"). Such a row's recipient is 'applicant:<channel>',
-- so the unique (dedup_key, recipient) lets one dedup key (<dossier>:<moment>[:<n>]:<channel>) be
-- queued once per channel, whichever transaction, job retry or node queues it. Official's rows keep
-- channel null (in-app, and e-mail when the official has an address).
alter table notification add column channel varchar(8);
alter table notification add column phone varchar(32);
-- a file attached to the e-mail, produced when it is sent: its name, and the reference a
-- NoticeAttachmentSource resolves (e.g. a paper of the dossier)
alter table notification add column attachment_name varchar(255);
alter table notification add column attachment_type varchar(100);
alter table notification add column attachment_ref varchar(255);
alter table notification add constraint notification_channel_ck
    check (channel is null or (channel in ('EMAIL', 'SMS') and recipient = 'applicant:' || channel));
