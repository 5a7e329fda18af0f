-- issue 20: the number of each paper issued for a dossier, assigned once, the first time the paper
-- is issued (printed), and never changed: a sequence per issuing agency, paper and year from 01
-- (Decree 30/2020/ND-CP, Annex I: numbers run from 01 on 1 January to 31 December). "paper" is the
-- paper's kind (RECEIPT, REFUSAL, ...), not its printed form number, which a province may change;
-- "occasion" tells apart two papers of one kind for one dossier (a supplementation request at the
-- desk and another during processing, Decree 118/2025/ND-CP Art. 19(5)): the request's time, or ''.
create table paper_number (
    dossier_code varchar(64) not null,
    paper        varchar(32) not null,
    occasion     varchar(40) not null default '',
    agency_code  varchar(64) not null,
    issue_year   integer     not null,
    seq          integer     not null,
    issued_at    timestamp with time zone not null,
    primary key (dossier_code, paper, occasion),
    unique (agency_code, paper, issue_year, seq)
);
