-- The 2026 calendar as announced (domain.md, "Announced days off"), replacing the New Year and
-- National Day occasions of V2026.11.24.4, which had followed the rules (1/1 only; 2/9 and 3/9).
-- Sources, as reported in the press (the documents themselves could not be consulted here):
--   * công văn 12729/VPCP-KGVX (Văn phòng Chính phủ): Tết Dương lịch 2026: Thu 1/1 holiday; Fri 2/1
--     a day off swapped with Saturday 10/1/2026, worked.
--   * Thông báo 9441/TB-BNV (Bộ Nội vụ): Quốc khánh 2026: holidays Tue 1/9 and Wed 2/9 (Labour Code
--     2019 Art. 112(1)(đ): 2/9 and one adjacent day); Mon 31/8 a day off swapped with Saturday
--     22/8/2026, worked; Thu 3/9 is a working day.
-- The other 2026 rows (Tết Bính Ngọ Mon 16/2 - Fri 20/2; Giỗ Tổ Sun 26/4 with Mon 27/4 off) were
-- checked against the same table and stand; 30/4 (Thu) and 1/5 (Fri) follow the rules.
delete from holiday_announcement
 where announced_year = 2026 and occasion in ('NEW_YEAR', 'NATIONAL_DAY');

insert into holiday_announcement (announced_year, announced_day, occasion, kind, name) values
  (2026, date '2026-01-01', 'NEW_YEAR', 'HOLIDAY', 'Tết Dương lịch'),
  (2026, date '2026-01-02', 'NEW_YEAR', 'DAY_OFF_SWAP', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)'),
  (2026, date '2026-01-10', 'NEW_YEAR', 'MAKE_UP_WORKING_DAY', 'Làm bù cho ngày 02/01/2026'),
  (2026, date '2026-08-22', 'NATIONAL_DAY', 'MAKE_UP_WORKING_DAY', 'Làm bù cho ngày 31/8/2026'),
  (2026, date '2026-08-31', 'NATIONAL_DAY', 'DAY_OFF_SWAP', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)'),
  (2026, date '2026-09-01', 'NATIONAL_DAY', 'HOLIDAY', 'Quốc khánh 2/9'),
  (2026, date '2026-09-02', 'NATIONAL_DAY', 'HOLIDAY', 'Quốc khánh 2/9');

-- The change log, as HolidayAnnouncements writes it: the year's days as now set.
insert into holiday_announcement_change (announced_year, changed_by, changed_at, reason, days)
select 2026, 'system-migration', timestamp with time zone '2026-12-06 00:00:00+00',
       'Lịch nghỉ năm 2026 theo công văn 12729/VPCP-KGVX (Tết Dương lịch: nghỉ 02/01, làm bù'
       || ' 10/01) và Thông báo 9441/TB-BNV (Quốc khánh: nghỉ 31/8-02/9, làm bù 22/8), theo báo chí',
       '[' || string_agg(
                '{"date":"' || to_char(announced_day, 'YYYY-MM-DD') || '","name":"' || name
                || '","kind":"' || kind || '","occasion":"' || occasion || '"}',
                ',' order by announced_day) || ']'
  from holiday_announcement
 where announced_year = 2026;
