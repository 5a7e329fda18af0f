package vn.motcua.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.AgencyCalendars;

/**
 * The dashboard's figures: the dossiers in progress now by flag, and the overdue ones with how late
 * they are (working minutes past the legal due date), their open step, its unit and its holder.
 */
@Component
class OverviewQuery {

  /**
   * An overdue dossier and where it stands: its open step's candidate group ({@code unit}, e.g.
   * {@code 000.00.01.H99:specialist}) and holder (login id), and both as people read them ({@code
   * unitName}: role and agency in the reader's language; {@code holderName}: full name).
   */
  record Overdue(
      String code,
      String agency,
      String procedure,
      String procedureName,
      String applicant,
      Instant dueAt,
      long lateMinutes,
      String step,
      String unit,
      String unitName,
      String holder,
      String holderName) {}

  private final JdbcClient jdbc;
  private final ReportNames names;
  private final AgencyCalendars calendars;
  private final Clock clock;

  OverviewQuery(JdbcClient jdbc, ReportNames names, AgencyCalendars calendars, Clock clock) {
    this.jdbc = jdbc;
    this.names = names;
    this.calendars = calendars;
    this.clock = clock;
  }

  /**
   * In progress now, by flag (ON_TIME, SOON_DUE, OVERDUE): all of them counted, then only the
   * flagged ones met with their flags, as most dossiers in progress are on time.
   */
  Map<String, Long> inProgress(List<String> scope, String procedure) {
    return inProgress(scope, procedure, null);
  }

  /**
   * The same, when the count of all dossiers in progress is known already ({@code known}, e.g.
   * summed from {@link OpenDossiers} over a period that has not ended): only the flagged ones are
   * read.
   */
  Map<String, Long> inProgress(List<String> scope, String procedure, Long known) {
    Map<String, Long> counts = new TreeMap<>(Map.of("ON_TIME", 0L, "SOON_DUE", 0L, "OVERDUE", 0L));
    if (scope.isEmpty()) {
      return counts;
    }
    String open =
        " from dossier d where d.resolving_agency in (:agencies) and d.finished_at is null"
            + " and d.status <> 'SUBMITTED'"
            + (procedure == null ? "" : " and d.procedure_key = :procedure");
    long all =
        known != null
            ? known
            : statement("select count(*)" + open, scope, procedure).query(Long.class).single();
    long flagged = 0;
    for (Map.Entry<String, Long> e :
        statement(
                "select f.flag, count(*) n"
                    + open.replace(
                        " from dossier d",
                        " from dossier d join dossier_deadline f on f.dossier_code = d.code"
                            + " and f.flag <> 'ON_TIME'")
                    + " group by f.flag",
                scope,
                procedure)
            .query((rs, n) -> Map.entry(rs.getString("flag"), rs.getLong("n")))
            .list()) {
      counts.put(e.getKey(), e.getValue());
      flagged += e.getValue();
    }
    counts.put("ON_TIME", all - flagged);
    return counts;
  }

  private JdbcClient.StatementSpec statement(String sql, List<String> scope, String procedure) {
    var statement = jdbc.sql(sql).param("agencies", scope);
    return procedure == null ? statement : statement.param("procedure", procedure);
  }

  /** The overdue dossiers in progress, the latest due first so the longest late lead. */
  List<Overdue> overdue(List<String> scope, String procedure, int limit) {
    if (scope.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    var statement =
        jdbc.sql(
                "select d.code, d.resolving_agency, d.procedure_key, d.applicant_full_name,"
                    + " d.due_at, s.step_name, s.unit_group, s.assignee from dossier d"
                    + " left join dossier_step s on s.dossier_code = d.code"
                    + " and s.completed_at is null"
                    + " where d.resolving_agency in (:agencies) and d.finished_at is null"
                    + " and d.status <> 'SUBMITTED' and d.due_at < :now"
                    + (procedure == null ? "" : " and d.procedure_key = :procedure")
                    + " order by d.due_at, d.code, s.started_at limit :limit")
            .param("agencies", scope)
            .param("now", now.atOffset(ZoneOffset.UTC))
            .param("limit", limit);
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    // names and calendars looked up once per procedure and agency, not once per row
    ReportNames.Lookup lookup = names.lookup();
    Map<String, vn.motcua.calendar.WorkingCalendar> agencyCalendars = new java.util.HashMap<>();
    return statement.query((rs, n) -> overdue(rs, now, lookup, agencyCalendars)).list().stream()
        .collect(
            java.util.stream.Collectors.toMap(
                Overdue::code, o -> o, (first, second) -> first, java.util.LinkedHashMap::new))
        .values()
        .stream()
        .toList();
  }

  private Overdue overdue(
      ResultSet rs,
      Instant now,
      ReportNames.Lookup lookup,
      Map<String, vn.motcua.calendar.WorkingCalendar> agencyCalendars)
      throws SQLException {
    String agency = rs.getString("resolving_agency");
    String key = rs.getString("procedure_key");
    Instant due = rs.getObject("due_at", OffsetDateTime.class).toInstant();
    return new Overdue(
        rs.getString("code"),
        agency,
        key,
        lookup.procedure(key),
        rs.getString("applicant_full_name"),
        due,
        agencyCalendars.computeIfAbsent(agency, calendars::of).workingMinutesBetween(due, now),
        rs.getString("step_name"),
        rs.getString("unit_group"),
        lookup.group(rs.getString("unit_group")),
        rs.getString("assignee"),
        lookup.person(rs.getString("assignee")));
  }
}
