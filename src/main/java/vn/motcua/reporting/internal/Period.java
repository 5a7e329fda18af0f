package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A reporting period of whole days, both inclusive, in Vietnam time: {@code [start, end)}. */
record Period(LocalDate from, LocalDate to, Instant start, Instant end) {

  /** The days asked for; without {@code to} up to today, without {@code from} from its 1st. */
  static Period orThisMonth(LocalDate from, LocalDate to, Clock clock) {
    LocalDate end = to == null ? LocalDate.now(clock) : to;
    return of(from == null ? end.withDayOfMonth(1) : from, end, clock.getZone());
  }

  /** The start as a timestamp for SQL parameters. */
  OffsetDateTime startUtc() {
    return start.atOffset(ZoneOffset.UTC);
  }

  /** The end as a timestamp for SQL parameters. */
  OffsetDateTime endUtc() {
    return end.atOffset(ZoneOffset.UTC);
  }

  static Period of(LocalDate from, LocalDate to, ZoneId zone) {
    if (to.isBefore(from)) {
      throw ReportProblems.period(from, to);
    }
    if (from.plusYears(5).isBefore(to)) {
      throw ReportProblems.period(from, to);
    }
    return new Period(
        from,
        to,
        from.atStartOfDay(zone).toInstant(),
        to.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
