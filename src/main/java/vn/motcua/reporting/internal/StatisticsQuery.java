package vn.motcua.reporting.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The statistics table: the dossiers still open are counted from {@code dossier} (received before
 * the period's end, not finished; online submissions not yet accepted among them, from the instant
 * of submission, see {@link OpenDossiers}), the finished ones from the day totals ({@link
 * DayTotals}), per resolving agency and procedure. "Overdue at the period's end" compares with the
 * legal due date as it stands now (moved by pauses only), and only up to now: a period that ends in
 * the future counts no dossier overdue that is not overdue now ({@link OpenDossiers#cutoff}). The
 * finished dossiers need no such care: one finished after a future end cannot exist yet. How the
 * day totals give each figure of the finished dossiers, for a period {@code [S, E)}, with {@code
 * before}, {@code within} and {@code upToEnd} the sums of the day rows before S, from S and before
 * E:
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

  private final ReportNames names;
  private final DayTotals days;
  private final OpenDossiers openDossiers;

  StatisticsQuery(ReportNames names, DayTotals days, OpenDossiers openDossiers) {
    this.names = names;
    this.days = days;
    this.openDossiers = openDossiers;
  }

  List<StatisticsRow> rows(List<String> scope, Period period, String procedure) {
    return rows(scope, period, procedure, openDossiers.of(scope, period, procedure));
  }

  /** The rows, with the dossiers in progress already read ({@link OpenDossiers}). */
  List<StatisticsRow> rows(
      List<String> scope, Period period, String procedure, List<OpenDossiers.Group> open) {
    if (scope.isEmpty()) {
      return List.of();
    }
    return rows(period, open, days.sums(scope, period, procedure));
  }

  /** The rows, with the day totals' sums ({@link DayTotals#sums}) also read already. */
  List<StatisticsRow> rows(
      Period period, List<OpenDossiers.Group> open, Map<List<String>, DayTotals.Sums> finished) {
    ReportNames.Lookup lookup = names.lookup();
    Map<List<String>, StatisticsRow> rows = new TreeMap<>(GroupKey.ORDER);
    finished.forEach((key, sums) -> rows.put(key, finished(key, sums, lookup)));
    long firstDay = period.from().toEpochDay();
    for (OpenDossiers.Group g : open) {
      boolean before = g.receivedDay() < firstDay;
      StatisticsRow row =
          new StatisticsRow(
              g.agency(),
              lookup.agency(g.agency()),
              g.procedure(),
              lookup.procedure(g.procedure()),
              before ? g.count() : 0,
              !before && g.online() ? g.count() : 0,
              !before && !g.online() ? g.count() : 0,
              0,
              0,
              0,
              0,
              0,
              g.pending() ? 0 : g.count() - g.overdueAtEnd(),
              g.overdueAtEnd(),
              g.pending() ? g.count() : 0,
              0,
              g.apologisedAtEnd());
      rows.merge(List.of(g.agency(), g.procedure()), row, StatisticsRow::plus);
    }
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
        0,
        s.within(DayColumn.REFUSED),
        s.within(DayColumn.APOLOGISED_LATE) + apologisedAtEnd);
  }

  /** The sum of the rows, labelled as the total. */
  static StatisticsRow total(List<StatisticsRow> rows, String label) {
    StatisticsRow total =
        new StatisticsRow(null, label, null, label, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    for (StatisticsRow row : rows) {
      total = total.plus(row);
    }
    return total;
  }
}
