package vn.motcua.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statistics table in one pass over the dossiers that overlap the period (received before its
 * end, not finished before its start), grouped by resolving agency and procedure. "Overdue at the
 * period's end" compares with the legal due date as it stands now (moved by pauses only).
 */
@Component
class StatisticsQuery {

  private static final String SQL =
      """
      select resolving_agency, procedure_key,
        sum(case when live = 1 and received_at < :start then 1 else 0 end) carried_over,
        sum(case when live = 1 and received_at >= :start and channel = 'ONLINE' then 1 else 0 end)
          received_online,
        sum(case when live = 1 and received_at >= :start and channel <> 'ONLINE' then 1 else 0 end)
          received_direct,
        sum(case when live = 1 and ended = 1 and timeliness = 'EARLY' then 1 else 0 end) early,
        sum(case when live = 1 and ended = 1 and timeliness = 'ON_TIME' then 1 else 0 end) on_time,
        sum(case when live = 1 and ended = 1 and timeliness = 'LATE' then 1 else 0 end) late,
        sum(case when live = 1 and ended = 1 and status = 'WITHDRAWN' then 1 else 0 end) withdrawn,
        sum(case when live = 1 and ended = 1 and status = 'CLOSED_NO_SUPPLEMENT' then 1 else 0 end)
          closed,
        sum(case when live = 1 and ended = 0 and due_at >= :end then 1 else 0 end) open_on_time,
        sum(case when live = 1 and ended = 0 and due_at < :end then 1 else 0 end) open_overdue,
        sum(case when status = 'REFUSED' and finished_at >= :start and finished_at < :end
          then 1 else 0 end) refused,
        sum(case when live = 1 and extended_due_at is not null and ((ended = 1
          and timeliness = 'LATE') or (ended = 0 and due_at < :end)) then 1 else 0 end) apologised
      from (
        select d.*,
          case when status in ('SUBMITTED', 'REFUSED') then 0 else 1 end live,
          case when finished_at is not null and finished_at < :end then 1 else 0 end ended
        from dossier d
        where resolving_agency in (:agencies) and received_at < :end
          and (finished_at is null or finished_at >= :start) %s
      ) overlapping
      group by resolving_agency, procedure_key
      order by resolving_agency, procedure_key
      """;

  private final JdbcClient jdbc;
  private final ReportNames names;

  StatisticsQuery(JdbcClient jdbc, ReportNames names) {
    this.jdbc = jdbc;
    this.names = names;
  }

  List<StatisticsRow> rows(List<String> scope, Period period, String procedure) {
    if (scope.isEmpty()) {
      return List.of();
    }
    var statement =
        jdbc.sql(SQL.formatted(procedure == null ? "" : "and procedure_key = :procedure"))
            .param("agencies", scope)
            .param("start", period.startUtc())
            .param("end", period.endUtc());
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    ReportNames.Lookup lookup = names.lookup();
    List<StatisticsRow> rows = new ArrayList<>();
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
                  rs.getLong("early"),
                  rs.getLong("on_time"),
                  rs.getLong("late"),
                  rs.getLong("withdrawn"),
                  rs.getLong("closed"),
                  rs.getLong("open_on_time"),
                  rs.getLong("open_overdue"),
                  rs.getLong("refused"),
                  rs.getLong("apologised"));
            })
        .list()
        .forEach(rows::add);
    return rows;
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
