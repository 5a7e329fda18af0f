package vn.motcua.reporting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The trend of a period by week (from Monday) and by month: dossiers received, and results returned
 * early, on time and late: the finished dossiers from the day totals ({@link DayTotals}), the ones
 * in progress by their day of receipt ({@link OpenDossiers}); weeks and months are summed here.
 */
@Component
class TrendQuery {

  /** One week or month of the trend, named by its first day. */
  record Bucket(LocalDate start, long received, long early, long onTime, long late) {
    Bucket plus(Bucket other) {
      return new Bucket(
          start,
          received + other.received,
          early + other.early,
          onTime + other.onTime,
          late + other.late);
    }
  }

  /** Weekly and monthly buckets of a period. */
  record Trend(List<Bucket> weeks, List<Bucket> months) {}

  private final DayTotals totals;

  TrendQuery(DayTotals totals) {
    this.totals = totals;
  }

  /** The trend, with the dossiers in progress already read ({@link OpenDossiers}). */
  Trend of(List<String> scope, Period period, String procedure, List<OpenDossiers.Group> open) {
    Map<LocalDate, Bucket> counted = new TreeMap<>();
    if (!scope.isEmpty()) {
      totals
          .days(scope, period, procedure)
          .forEach(
              (day, c) ->
                  counted.put(
                      LocalDate.ofEpochDay(day),
                      new Bucket(
                          LocalDate.ofEpochDay(day),
                          c[DayColumn.RECEIVED_ONLINE.ordinal()]
                              + c[DayColumn.RECEIVED_DIRECT.ordinal()],
                          c[DayColumn.EARLY.ordinal()],
                          c[DayColumn.ON_TIME.ordinal()],
                          c[DayColumn.LATE.ordinal()])));
      long firstDay = period.from().toEpochDay();
      for (OpenDossiers.Group g : open) {
        if (g.receivedDay() >= firstDay) {
          LocalDate day = LocalDate.ofEpochDay(g.receivedDay());
          counted.merge(day, new Bucket(day, g.count(), 0, 0, 0), Bucket::plus);
        }
      }
    }
    return new Trend(
        buckets(
            period, counted, day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
        buckets(period, counted, day -> day.withDayOfMonth(1)));
  }

  /** Every bucket of the period, empty ones included, so a chart shows the gaps. */
  private static List<Bucket> buckets(
      Period period, Map<LocalDate, Bucket> days, Function<LocalDate, LocalDate> startOf) {
    Map<LocalDate, Bucket> buckets = new TreeMap<>();
    for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
      LocalDate start = startOf.apply(day);
      buckets.putIfAbsent(start, new Bucket(start, 0, 0, 0, 0));
      Bucket counted = days.get(day);
      if (counted != null) {
        buckets.merge(
            start,
            new Bucket(
                start, counted.received(), counted.early(), counted.onTime(), counted.late()),
            Bucket::plus);
      }
    }
    return new ArrayList<>(buckets.values());
  }
}
