package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dossiers still open that a period's reports count (received before its end, not finished),
 * read from {@code dossier} in one pass and grouped by agency, procedure, local day of receipt,
 * channel and whether still awaiting acceptance: enough for the statistics table ({@link
 * StatisticsQuery}) and the trend ({@link TrendQuery}) alike, so the overview reads them once.
 *
 * <ul>
 *   <li>An online submission not yet accepted ({@code SUBMITTED}) counts from the instant it was
 *       submitted ({@code received_at}, which acceptance keeps), as received online and awaiting
 *       acceptance; its legal clock has not started (it starts when the desk accepts it and issues
 *       the receipt with the appointment date, form 01; see dossier's DossierLifecycle), so it is
 *       never overdue.
 *   <li>A dossier is overdue in a report only if its due instant is before both the period's end
 *       and now ({@link #cutoff}): a report never counts the future, so on 19/12 the report of
 *       1–31/12 counts a dossier due 20/12 as in progress on time.
 * </ul>
 */
@Component
class OpenDossiers {

  /** Dossiers in progress received on one local day through one kind of channel. */
  record Group(
      String agency,
      String procedure,
      long receivedDay,
      boolean online,
      boolean pending,
      long count,
      long overdueAtEnd,
      long apologisedAtEnd) {}

  /**
   * The local day of receipt (PostgreSQL and H2 alike); the zone is inlined, so select and group by
   * match. Cheaper for PostgreSQL than arithmetic on {@code extract(epoch …)}, which is numeric.
   */
  private static final String DAY = "cast(received_at at time zone '%s' as date)";

  private static final String ONLINE = "case when channel = 'ONLINE' then 1 else 0 end";

  private static final String PENDING = "case when status = 'SUBMITTED' then 1 else 0 end";

  private static final String OVERDUE = "status <> 'SUBMITTED' and due_at < :cutoff";

  private static final String SQL =
      """
      select resolving_agency, procedure_key, %1$s received_day, %3$s online, %4$s pending,
        count(*) n,
        sum(case when %5$s then 1 else 0 end) overdue,
        sum(case when extended_due_at is not null and %5$s then 1 else 0 end) apologised
      from dossier
      where resolving_agency in (:agencies) and finished_at is null and received_at < :end %2$s
      group by resolving_agency, procedure_key, %1$s, %3$s, %4$s
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
                    procedure == null ? "" : "and procedure_key = :procedure",
                    ONLINE,
                    PENDING,
                    OVERDUE))
            .param("agencies", scope)
            .param("end", period.endUtc())
            .param("cutoff", cutoff(period, clock.instant()).atOffset(ZoneOffset.UTC));
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
                    rs.getInt("pending") == 1,
                    rs.getLong("n"),
                    rs.getLong("overdue"),
                    rs.getLong("apologised")))
        .list();
  }

  /** Before which instant a dossier still open is overdue: the period's end, or now if sooner. */
  static Instant cutoff(Period period, Instant now) {
    return period.end().isAfter(now) ? now : period.end();
  }
}
