package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.PauseReason;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;

/**
 * Paused legal time ({@code dossier_clock_pause}, read with {@code dossier} as the other reports
 * do): the stops that overlap the period, of dossiers resolved in the scope, each counted whole (a
 * closed stop by the working minutes its due dates moved, an open one up to now on the agency's
 * calendar); per dossier, most paused first, with the breakdown by reason, and totals by agency and
 * reason.
 */
@Component
class PausedQuery {

  /** One dossier's paused time. */
  record PausedDossier(
      String code,
      String procedure,
      String agency,
      long pausedWorkingMinutes,
      boolean pausedNow,
      Map<String, Long> byReason) {}

  /** Paused time of an agency for one reason. */
  record Total(String agency, String reasonCode, long stops, long workingMinutes) {}

  record Result(Period period, List<PausedDossier> dossiers, List<Total> totals) {}

  private static final String SQL =
      """
      select p.dossier_code, d.procedure_key, d.procedure_definition_id, d.resolving_agency,
        coalesce(p.reason_code, 'UNDECLARED') reason_code, p.paused_at, p.resumed_at,
        p.shift_working_minutes
      from dossier_clock_pause p join dossier d on d.code = p.dossier_code
      where d.resolving_agency in (:agencies) and p.paused_at < :end
        and (p.resumed_at is null or p.resumed_at >= :start) %s
      """;

  private record Stop(
      String code, String procedure, String agency, String reason, long minutes, boolean open) {}

  private final JdbcClient jdbc;
  private final AgencyCalendars calendars;
  private final Clock clock;

  private final ProcedureCatalogue catalogue;

  PausedQuery(
      JdbcClient jdbc, AgencyCalendars calendars, Clock clock, ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.calendars = calendars;
    this.clock = clock;
  }

  Result of(List<String> scope, Period period, String procedure, int limit) {
    if (scope.isEmpty()) {
      return new Result(period, List.of(), List.of());
    }
    Instant now = clock.instant();
    var statement =
        jdbc.sql(SQL.formatted(procedure == null ? "" : "and d.procedure_key = :procedure"))
            .param("agencies", scope)
            .param("start", period.startUtc())
            .param("end", period.endUtc());
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    List<Stop> stops =
        statement
            .query(
                (rs, n) -> {
                  Instant paused = rs.getObject("paused_at", OffsetDateTime.class).toInstant();
                  boolean open = rs.getObject("resumed_at", OffsetDateTime.class) == null;
                  String agency = rs.getString("resolving_agency");
                  String reason = rs.getString("reason_code");
                  long minutes =
                      open
                          ? openMinutes(
                              agency, rs.getString("procedure_definition_id"), reason, paused, now)
                          : rs.getLong("shift_working_minutes");
                  return new Stop(
                      rs.getString("dossier_code"),
                      rs.getString("procedure_key"),
                      agency,
                      reason,
                      minutes,
                      open);
                })
            .list();
    return new Result(period, dossiers(stops, limit), totals(stops));
  }

  /** An open stop up to now, at most its reason's maximum (as on resume). */
  private long openMinutes(
      String agency, String definitionId, String reason, Instant paused, Instant now) {
    WorkingCalendar calendar = calendars.of(agency);
    long minutes = now.isAfter(paused) ? calendar.workingMinutesBetween(paused, now) : 0;
    Integer max;
    try {
      max =
          catalogue
              .ofDefinition(definitionId)
              .pauseReason(reason)
              .map(PauseReason::maxWorkingDays)
              .orElse(null);
    } catch (ProcessEngineException e) {
      max = null; // a version deleted since (cascade): its stop counts uncapped
    }
    return max == null ? minutes : Math.min(minutes, max * calendar.officeHours().minutesPerDay());
  }

  private static List<PausedDossier> dossiers(List<Stop> stops, int limit) {
    Map<String, List<Stop>> byDossier = new LinkedHashMap<>();
    stops.forEach(s -> byDossier.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(s));
    List<PausedDossier> result = new ArrayList<>();
    byDossier.forEach(
        (code, own) -> {
          Map<String, Long> byReason = new TreeMap<>();
          own.forEach(s -> byReason.merge(s.reason(), s.minutes(), Long::sum));
          Stop first = own.get(0);
          result.add(
              new PausedDossier(
                  code,
                  first.procedure(),
                  first.agency(),
                  own.stream().mapToLong(Stop::minutes).sum(),
                  own.stream().anyMatch(Stop::open),
                  byReason));
        });
    return result.stream()
        .sorted(
            Comparator.comparingLong(PausedDossier::pausedWorkingMinutes)
                .reversed()
                .thenComparing(PausedDossier::code))
        .limit(limit)
        .toList();
  }

  private static List<Total> totals(List<Stop> stops) {
    Map<List<String>, long[]> sums = new TreeMap<>(Comparator.comparing(Object::toString));
    stops.forEach(
        s -> {
          long[] sum = sums.computeIfAbsent(List.of(s.agency(), s.reason()), k -> new long[2]);
          sum[0]++;
          sum[1] += s.minutes();
        });
    List<Total> result = new ArrayList<>();
    sums.forEach((key, sum) -> result.add(new Total(key.get(0), key.get(1), sum[0], sum[1])));
    return result;
  }
}
