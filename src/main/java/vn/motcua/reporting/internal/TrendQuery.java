package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trend of a period by week (from Monday) and by month: dossiers received, and results returned
 * early, on time and late: the finished dossiers from the day totals ({@link DayTotals}), the ones
 * in progress counted per local day of receipt (an epoch-day index shifted by Vietnam's fixed
 * offset, the same SQL on PostgreSQL and H2); weeks and months are summed here.
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

  /** The local day of a timestamp; the offset is inlined, so select and group by match. */
  private static final String DAY = "floor((extract(epoch from %s) + %d) / 86400)";

  private final JdbcClient jdbc;
  private final DayTotals totals;
  private final Clock clock;

  TrendQuery(JdbcClient jdbc, DayTotals totals, Clock clock) {
    this.jdbc = jdbc;
    this.totals = totals;
    this.clock = clock;
  }

  Trend of(List<String> scope, Period period) {
    Map<LocalDate, Bucket> counted = new TreeMap<>();
    if (!scope.isEmpty()) {
      totals
          .days(scope, period)
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
      int offset = clock.getZone().getRules().getOffset(period.start()).getTotalSeconds();
      String received = DAY.formatted("received_at", offset);
      count(
          "select "
              + received
              + " d, count(*) n, 0 early, 0 on_time, 0 late from dossier where resolving_agency"
              + " in (:agencies) and finished_at is null and received_at >= :start"
              + " and received_at < :end and status <> 'SUBMITTED' group by "
              + received,
          scope,
          period,
          counted);
    }
    return new Trend(
        buckets(
            period, counted, day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
        buckets(period, counted, day -> day.withDayOfMonth(1)));
  }

  private void count(String sql, List<String> scope, Period period, Map<LocalDate, Bucket> days) {
    jdbc.sql(sql)
        .param("agencies", scope)
        .param("start", period.startUtc())
        .param("end", period.endUtc())
        .query(
            (rs, n) -> {
              LocalDate day = LocalDate.ofEpochDay(rs.getLong("d"));
              return new Bucket(
                  day,
                  rs.getLong("n"),
                  rs.getLong("early"),
                  rs.getLong("on_time"),
                  rs.getLong("late"));
            })
        .list()
        .forEach(bucket -> days.merge(bucket.start(), bucket, Bucket::plus));
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
