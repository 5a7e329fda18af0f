package vn.motcua.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A reporting period of whole days, both inclusive, in Vietnam time: {@code [start, end)}. */
record Period(LocalDate from, LocalDate to, Instant start, Instant end) {

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
