-- Applicants' satisfaction ratings (Decision 766/QĐ-TTg, group "Mức độ hài lòng", 18 points).

-- The questions asked, versioned: a rating names the set it answered; a new wording is a new set,
-- so that older ratings keep meaning what they answered. The set below is the one the national
-- service portal is understood to ask (information, time, attitude, result, overall); it could not
-- be checked against the portal's current form and is marked as an assumption in the README.
create table rating_question (
    set_version varchar(32)  not null,
    id          varchar(32)  not null,
    position    integer      not null,
    text_vi     varchar(500) not null,
    text_en     varchar(500) not null,
    primary key (set_version, id)
);
-- The set asked now: the latest row here.
create table rating_question_set (
    version     varchar(32)              not null primary key,
    active_from timestamp with time zone not null
);
insert into rating_question_set (version, active_from) values ('2026.1', timestamp with time zone '2026-01-01 00:00:00+07');
insert into rating_question (set_version, id, position, text_vi, text_en) values
 ('2026.1', 'information', 1, 'Việc công khai, hướng dẫn thủ tục hành chính (thành phần hồ sơ, thời hạn, phí, lệ phí)', 'How the procedure was published and explained (documents, time, fees)'),
 ('2026.1', 'timeliness', 2, 'Thời gian giải quyết hồ sơ (trả kết quả đúng hẹn)', 'The time taken (result returned on the appointed date)'),
 ('2026.1', 'attitude', 3, 'Thái độ, tinh thần phục vụ của cán bộ, công chức', 'The attitude and helpfulness of the civil servants'),
 ('2026.1', 'result', 4, 'Kết quả giải quyết hồ sơ', 'The result of the dossier'),
 ('2026.1', 'overall', 5, 'Mức độ hài lòng chung', 'Overall satisfaction');

-- One rating per dossier, by the applicant, after the result was returned. Hash-chained: seq is
-- gapless under the rating_head row lock; row_hash = SHA-256(prev_hash + canonical content incl.
-- the answers), see vn.motcua.rating.internal.RatingHash; GET /api/ratings/verify walks the chain.
-- Each rating is also an entry RATED of the dossier in the HMAC-sealed audit chain, with row_hash.
create table rating (
    seq              bigint                   not null primary key,
    dossier_code     varchar(64)              not null unique,
    procedure_key    varchar(255)             not null,
    agency           varchar(64)              not null,
    receiving_agency varchar(64)              not null,
    returned_at      timestamp with time zone not null,
    rated_at         timestamp with time zone not null,
    actor            varchar(255)             not null,
    channel          varchar(16)              not null,
    desk_officer     varchar(255),
    set_version      varchar(32)              not null,
    comment          varchar(4000),
    prev_hash        char(64)                 not null,
    row_hash         char(64)                 not null
);
create index rating_agency_returned_idx on rating (agency, returned_at);

create table rating_answer (
    rating_seq  bigint      not null references rating (seq),
    question_id varchar(32) not null,
    level       varchar(32) not null,
    primary key (rating_seq, question_id)
);

create table rating_head (
    id       integer  not null primary key,
    seq      bigint   not null,
    row_hash char(64) not null
);
insert into rating_head (id, seq, row_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- One-time tokens of the desk's tablet page: handed out to a reception officer of the receiving
-- agency for one dossier, stored as their SHA-256, used once, valid for a short time.
create table rating_desk_token (
    token_hash   char(64)                 not null primary key,
    dossier_code varchar(64)              not null,
    officer      varchar(255)             not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone
);
