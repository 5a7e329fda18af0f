package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dossiers still in progress that a period's reports count (taken up, received before its end,
 * not finished), read from {@code dossier} in one pass (on PostgreSQL an index-only scan of a
 * partial index) and grouped by agency, procedure, local day of receipt and channel: enough for the
 * statistics table ({@link StatisticsQuery}) and the trend ({@link TrendQuery}) alike, so the
 * overview reads them once.
 */
@Component
class OpenDossiers {

  /** Dossiers in progress received on one local day through one kind of channel. */
  record Group(
      String agency,
      String procedure,
      long receivedDay,
      boolean online,
      long count,
      long overdueAtEnd,
      long apologisedAtEnd) {}

  /**
   * The local day of receipt (PostgreSQL and H2 alike); the zone is inlined, so select and group by
   * match. Cheaper for PostgreSQL than arithmetic on {@code extract(epoch …)}, which is numeric.
   */
  private static final String DAY = "cast(received_at at time zone '%s' as date)";

  private static final String SQL =
      """
      select resolving_agency, procedure_key, %1$s received_day,
        case when channel = 'ONLINE' then 1 else 0 end online, count(*) n,
        sum(case when due_at < :end then 1 else 0 end) overdue,
        sum(case when extended_due_at is not null and due_at < :end then 1 else 0 end) apologised
      from dossier
      where resolving_agency in (:agencies) and finished_at is null and received_at < :end
        and status <> 'SUBMITTED' %2$s
      group by resolving_agency, procedure_key, %1$s, case when channel = 'ONLINE' then 1 else 0 end
      """;

  private final JdbcClient jdbc;
  private final Clock clock;

  OpenDossiers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<Group> of(List<String> scope, Period period, String procedure) {
    if (scope.isEmpty()) {
      return List.of();
    }
    var statement =
        jdbc.sql(
                SQL.formatted(
                    DAY.formatted(clock.getZone().getId()),
                    procedure == null ? "" : "and procedure_key = :procedure"))
            .param("agencies", scope)
            .param("end", period.endUtc());
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    return statement
        .query(
            (rs, n) ->
                new Group(
                    rs.getString("resolving_agency"),
                    rs.getString("procedure_key"),
                    rs.getObject("received_day", LocalDate.class).toEpochDay(),
                    rs.getInt("online") == 1,
                    rs.getLong("n"),
                    rs.getLong("overdue"),
                    rs.getLong("apologised")))
        .list();
  }
}
