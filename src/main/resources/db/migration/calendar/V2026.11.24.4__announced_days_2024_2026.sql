-- Announced days off 2024-2026 (domain.md, "Announced days off"). Weekend days inside a block are
-- off anyway and not listed; occasions the table is silent on (e.g. New Year) follow the rules.
insert into holiday_announcement (announced_year, announced_day, occasion, kind, name) values
  (2024, date '2024-02-08', 'TET', 'HOLIDAY', 'Tết Giáp Thìn'),
  (2024, date '2024-02-09', 'TET', 'HOLIDAY', 'Tết Giáp Thìn'),
  (2024, date '2024-02-12', 'TET', 'HOLIDAY', 'Tết Giáp Thìn'),
  (2024, date '2024-02-13', 'TET', 'COMPENSATORY', 'Nghỉ bù Tết Giáp Thìn'),
  (2024, date '2024-02-14', 'TET', 'COMPENSATORY', 'Nghỉ bù Tết Giáp Thìn'),
  (2024, date '2024-04-18', 'HUNG_KINGS', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
  (2024, date '2024-04-29', 'VICTORY_AND_LABOUR_DAY', 'DAY_OFF_SWAP', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)'),
  (2024, date '2024-04-30', 'VICTORY_AND_LABOUR_DAY', 'HOLIDAY', 'Ngày Chiến thắng 30/4'),
  (2024, date '2024-05-01', 'VICTORY_AND_LABOUR_DAY', 'HOLIDAY', 'Ngày Quốc tế Lao động 1/5'),
  (2024, date '2024-05-04', 'VICTORY_AND_LABOUR_DAY', 'MAKE_UP_WORKING_DAY', 'Làm bù cho ngày 29/4/2024'),
  (2024, date '2024-09-02', 'NATIONAL_DAY', 'HOLIDAY', 'Quốc khánh 2/9'),
  (2024, date '2024-09-03', 'NATIONAL_DAY', 'HOLIDAY', 'Quốc khánh 2/9'),
  (2025, date '2025-01-27', 'TET', 'HOLIDAY', 'Tết Ất Tỵ'),
  (2025, date '2025-01-28', 'TET', 'HOLIDAY', 'Tết Ất Tỵ'),
  (2025, date '2025-01-29', 'TET', 'HOLIDAY', 'Tết Ất Tỵ'),
  (2025, date '2025-01-30', 'TET', 'HOLIDAY', 'Tết Ất Tỵ'),
  (2025, date '2025-01-31', 'TET', 'HOLIDAY', 'Tết Ất Tỵ'),
  (2025, date '2025-04-07', 'HUNG_KINGS', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
  (2025, date '2025-04-26', 'VICTORY_AND_LABOUR_DAY', 'MAKE_UP_WORKING_DAY', 'Làm bù cho ngày 02/5/2025'),
  (2025, date '2025-04-30', 'VICTORY_AND_LABOUR_DAY', 'HOLIDAY', 'Ngày Chiến thắng 30/4'),
  (2025, date '2025-05-01', 'VICTORY_AND_LABOUR_DAY', 'HOLIDAY', 'Ngày Quốc tế Lao động 1/5'),
  (2025, date '2025-05-02', 'VICTORY_AND_LABOUR_DAY', 'DAY_OFF_SWAP', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)'),
  (2025, date '2025-09-01', 'NATIONAL_DAY', 'HOLIDAY', 'Quốc khánh 2/9'),
  (2025, date '2025-09-02', 'NATIONAL_DAY', 'HOLIDAY', 'Quốc khánh 2/9'),
  (2026, date '2026-02-16', 'TET', 'HOLIDAY', 'Tết Bính Ngọ'),
  (2026, date '2026-02-17', 'TET', 'HOLIDAY', 'Tết Bính Ngọ'),
  (2026, date '2026-02-18', 'TET', 'HOLIDAY', 'Tết Bính Ngọ'),
  (2026, date '2026-02-19', 'TET', 'HOLIDAY', 'Tết Bính Ngọ'),
  (2026, date '2026-02-20', 'TET', 'HOLIDAY', 'Tết Bính Ngọ'),
  (2026, date '2026-04-26', 'HUNG_KINGS', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
  (2026, date '2026-04-27', 'HUNG_KINGS', 'COMPENSATORY', 'Nghỉ bù Giỗ Tổ Hùng Vương');

insert into holiday_announcement_change (announced_year, changed_by, changed_at, reason, days) values
  (2024, 'system', timestamp with time zone '2026-11-24 00:00:00+00', 'Dữ liệu ban đầu (domain.md)', '[]'),
  (2025, 'system', timestamp with time zone '2026-11-24 00:00:00+00', 'Dữ liệu ban đầu (domain.md)', '[]'),
  (2026, 'system', timestamp with time zone '2026-11-24 00:00:00+00', 'Dữ liệu ban đầu (domain.md)', '[]');
