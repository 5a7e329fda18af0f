package vn.motcua.reporting.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statistics table: the dossiers still in progress are counted from {@code dossier} (received
 * before the period's end, not finished), the finished ones from the day totals ({@link
 * DayTotals}), per resolving agency and procedure. "Overdue at the period's end" compares with the
 * legal due date as it stands now (moved by pauses only). How the day totals give each figure of
 * the finished dossiers, for a period {@code [S, E)}, with {@code before}, {@code within} and
 * {@code upToEnd} the sums of the day rows before S, from S and before E:
 *
 * <ul>
 *   <li>carried over: received before S minus finished before S;
 *   <li>received, resolved early/on time/late, withdrawn, closed, refused: within the period;
 *   <li>in progress at E: received before E minus finished before E; overdue among them, those due
 *       before E minus those due before E that also finished before E (finished after their due
 *       date, counted by the day they finished; on or before it, by the day they were due);
 *   <li>apologised: resolved late with an apology within the period, plus the overdue at E with
 *       one.
 * </ul>
 */
@Component
class StatisticsQuery {

  private static final String IN_PROGRESS =
      """
      select resolving_agency, procedure_key,
        sum(case when received_at < :start then 1 else 0 end) carried_over,
        sum(case when received_at >= :start and channel = 'ONLINE' then 1 else 0 end)
          received_online,
        sum(case when received_at >= :start and channel <> 'ONLINE' then 1 else 0 end)
          received_direct,
        sum(case when due_at >= :end then 1 else 0 end) open_on_time,
        sum(case when due_at < :end then 1 else 0 end) open_overdue,
        sum(case when extended_due_at is not null and due_at < :end then 1 else 0 end) apologised
      from dossier
      where resolving_agency in (:agencies) and finished_at is null and received_at < :end
        and status <> 'SUBMITTED' %s
      group by resolving_agency, procedure_key
      """;

  private final JdbcClient jdbc;
  private final ReportNames names;
  private final DayTotals days;

  StatisticsQuery(JdbcClient jdbc, ReportNames names, DayTotals days) {
    this.jdbc = jdbc;
    this.names = names;
    this.days = days;
  }

  List<StatisticsRow> rows(List<String> scope, Period period, String procedure) {
    if (scope.isEmpty()) {
      return List.of();
    }
    ReportNames.Lookup lookup = names.lookup();
    Map<List<String>, StatisticsRow> rows = new TreeMap<>(GroupKey.ORDER);
    days.sums(scope, period, procedure)
        .forEach((key, sums) -> rows.put(key, finished(key, sums, lookup)));
    var statement =
        jdbc.sql(IN_PROGRESS.formatted(procedure == null ? "" : "and procedure_key = :procedure"))
            .param("agencies", scope)
            .param("start", period.startUtc())
            .param("end", period.endUtc());
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    statement
        .query(
            (rs, n) -> {
              String agency = rs.getString("resolving_agency");
              String key = rs.getString("procedure_key");
              return new StatisticsRow(
                  agency,
                  lookup.agency(agency),
                  key,
                  lookup.procedure(key),
                  rs.getLong("carried_over"),
                  rs.getLong("received_online"),
                  rs.getLong("received_direct"),
                  0,
                  0,
                  0,
                  0,
                  0,
                  rs.getLong("open_on_time"),
                  rs.getLong("open_overdue"),
                  0,
                  rs.getLong("apologised"));
            })
        .list()
        .forEach(
            row -> rows.merge(List.of(row.agency(), row.procedure()), row, StatisticsRow::plus));
    return rows.values().stream().filter(row -> !row.isEmpty()).toList();
  }

  private static StatisticsRow finished(
      List<String> key, DayTotals.Sums s, ReportNames.Lookup lookup) {
    long receivedBefore = s.before(DayColumn.RECEIVED_ONLINE) + s.before(DayColumn.RECEIVED_DIRECT);
    long openAtEnd =
        s.upToEnd(DayColumn.RECEIVED_ONLINE)
            + s.upToEnd(DayColumn.RECEIVED_DIRECT)
            - s.upToEnd(DayColumn.FINISHED);
    long overdueAtEnd =
        s.upToEnd(DayColumn.DUE)
            - s.upToEnd(DayColumn.PASSED_DUE)
            - s.upToEnd(DayColumn.UNPASSED_DUE);
    long apologisedAtEnd =
        s.upToEnd(DayColumn.DUE_EXTENDED)
            - s.upToEnd(DayColumn.PASSED_EXTENDED)
            - s.upToEnd(DayColumn.UNPASSED_EXTENDED);
    return new StatisticsRow(
        key.get(0),
        lookup.agency(key.get(0)),
        key.get(1),
        lookup.procedure(key.get(1)),
        receivedBefore - s.before(DayColumn.FINISHED),
        s.within(DayColumn.RECEIVED_ONLINE),
        s.within(DayColumn.RECEIVED_DIRECT),
        s.within(DayColumn.EARLY),
        s.within(DayColumn.ON_TIME),
        s.within(DayColumn.LATE),
        s.within(DayColumn.WITHDRAWN),
        s.within(DayColumn.CLOSED),
        openAtEnd - overdueAtEnd,
        overdueAtEnd,
        s.within(DayColumn.REFUSED),
        s.within(DayColumn.APOLOGISED_LATE) + apologisedAtEnd);
  }

  /** The sum of the rows, labelled as the total. */
  static StatisticsRow total(List<StatisticsRow> rows, String label) {
    StatisticsRow total =
        new StatisticsRow(null, label, null, label, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    for (StatisticsRow row : rows) {
      total = total.plus(row);
    }
    return total;
  }
}
