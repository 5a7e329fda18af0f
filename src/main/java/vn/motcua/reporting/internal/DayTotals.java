package vn.motcua.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierFinished;

/**
 * The read model of finished dossiers: per resolving agency, procedure and local day, the counters
 * of {@link DayColumn}: the transaction that ends each dossier appends its counters as a delta row,
 * which {@link ReportCompactor} later folds into {@code report_day}. A year of a province's history
 * is then a few thousand rows, not a million dossiers; the dossiers still in progress are read from
 * {@code dossier} itself ({@link StatisticsQuery}).
 */
@Component
class DayTotals {

  static final List<String> KEYS = List.of("agency", "procedure_key", "local_day");

  /** One fact's counters, appended: no row shared with another transaction (ReportCompactor). */
  private static final String ADD =
      "insert into report_day_delta (agency, procedure_key, local_day, "
          + DayColumn.join("%c", ", ")
          + ") values (?, ?, ?, "
          + DayColumn.join("?", ", ")
          + ")";

  /**
   * The day rows as the reports read them: the compacted totals and the deltas not compacted yet,
   * in one statement (one snapshot), so a compaction committing meanwhile changes no figure.
   */
  static final String DAY_ROWS =
      "(select agency, procedure_key, local_day, "
          + DayColumn.join("%c", ", ")
          + " from report_day union all select agency, procedure_key, local_day, "
          + DayColumn.join("%c", ", ")
          + " from report_day_delta) day_rows";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final RuntimeService runtime;

  DayTotals(JdbcClient jdbc, Clock clock, RuntimeService runtime) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.runtime = runtime;
  }

  @EventListener
  void on(DossierFinished e) {
    jdbc.sql(FINISHED_DOSSIERS + " where code = :code")
        .param("code", e.code())
        .query((rs, n) -> askingTheProcess(finished(rs, n), rs.getString("process_instance_id")))
        .optional()
        .ifPresent(this::add);
  }

  /**
   * A dossier resolved by its process finishes in the command that completed the return step, whose
   * answer "Đã số hóa kết quả" is not in the history tables until that command commits: the running
   * process (still in the engine's cache) is asked instead.
   */
  private FinishedDossier askingTheProcess(FinishedDossier dossier, String processInstanceId) {
    if (dossier.resultDigitised() || dossier.timeliness() == null || processInstanceId == null) {
      return dossier;
    }
    try {
      Object answer = runtime.getVariable(processInstanceId, DigitisedDossiers.RESULT_DIGITISED);
      return Boolean.TRUE.equals(answer) ? dossier.withResultDigitised() : dossier;
    } catch (ProcessEngineException ended) {
      return dossier; // its process is gone: the history above has answered already
    }
  }

  void add(FinishedDossier dossier) {
    dossier
        .counters(clock.getZone())
        .forEach((day, counters) -> add(dossier.agency(), dossier.procedure(), day, counters));
  }

  void add(String agency, String procedure, long day, long[] counters) {
    List<Object> params = new ArrayList<>(DayColumn.COUNT + 3);
    params.addAll(List.of(agency, procedure, day));
    for (long counter : counters) {
      params.add(counter);
    }
    jdbc.sql(ADD).params(params).update();
  }

  /** The finished dossiers' columns, for one or (in a rebuild) all of them. */
  /**
   * The finished dossiers as the day totals see them. Whether a document was kept as a digitised
   * original comes from the attachment module's view {@code digitised_document}; whether the result
   * was digitised on return ({@link DigitisedDossiers#RESULT_DIGITISED}) from the engine's variable
   * history (a boolean is stored as {@code long_} 1), which holds it once the finishing command has
   * committed: the live path asks the process itself ({@link #on}).
   */
  static final String FINISHED_DOSSIERS =
      "select resolving_agency, procedure_key, channel, status, timeliness, received_at, due_at,"
          + " finished_at, extended_due_at, process_instance_id,"
          + " case when exists (select 1 from digitised_document g"
          + " where g.dossier_code = dossier.code) then 1 else 0 end received_digitised,"
          + " case when exists (select 1 from act_hi_varinst v"
          + " where v.proc_inst_id_ = dossier.process_instance_id and v.name_ = '"
          + DigitisedDossiers.RESULT_DIGITISED
          + "' and v.long_ = 1) then 1 else 0 end result_digitised"
          + " from dossier";

  static FinishedDossier finished(ResultSet rs, int n) throws SQLException {
    return new FinishedDossier(
        rs.getString("resolving_agency"),
        rs.getString("procedure_key"),
        rs.getString("channel"),
        rs.getString("status"),
        rs.getString("timeliness"),
        instant(rs, "received_at"),
        instant(rs, "due_at"),
        instant(rs, "finished_at"),
        instant(rs, "extended_due_at"),
        rs.getInt("received_digitised") == 1,
        rs.getInt("result_digitised") == 1);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Sums of a group's day rows: before the period, in it, and in all up to its end. */
  record Sums(long[] before, long[] within) {
    long before(DayColumn c) {
      return before[c.ordinal()];
    }

    long within(DayColumn c) {
      return within[c.ordinal()];
    }

    long upToEnd(DayColumn c) {
      return before(c) + within(c);
    }
  }

  /** Per agency and procedure of the scope, the sums for the period. */
  Map<List<String>, Sums> sums(List<String> scope, Period period, String procedure) {
    String sql =
        "select agency, procedure_key, "
            + DayColumn.join("sum(case when local_day < :from then %c else 0 end) b_%c", ", ")
            + ", "
            + DayColumn.join("sum(case when local_day >= :from then %c else 0 end) w_%c", ", ")
            + " from "
            + DAY_ROWS
            + " where agency in (:agencies) and local_day < :to"
            + (procedure == null ? "" : " and procedure_key = :procedure")
            + " group by agency, procedure_key";
    var statement =
        jdbc.sql(sql)
            .param("agencies", scope)
            .param("from", period.from().toEpochDay())
            .param("to", period.to().toEpochDay() + 1);
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    Map<List<String>, Sums> sums = new java.util.TreeMap<>(GroupKey.ORDER);
    statement
        .query(
            (rs, n) -> {
              long[] before = new long[DayColumn.COUNT];
              long[] within = new long[DayColumn.COUNT];
              for (DayColumn c : DayColumn.values()) {
                before[c.ordinal()] = rs.getLong("b_" + c.column());
                within[c.ordinal()] = rs.getLong("w_" + c.column());
              }
              return Map.entry(
                  List.of(rs.getString("agency"), rs.getString("procedure_key")),
                  new Sums(before, within));
            })
        .list()
        .forEach(e -> sums.put(e.getKey(), e.getValue()));
    return sums;
  }

  /** Per local day of the period, the day rows summed over the scope. */
  Map<Long, long[]> days(List<String> scope, Period period, String procedure) {
    String sql =
        "select local_day, "
            + DayColumn.join("sum(%c) %c", ", ")
            + " from "
            + DAY_ROWS
            + " where agency in (:agencies) and local_day >= :from and local_day < :to"
            + (procedure == null ? "" : " and procedure_key = :procedure")
            + " group by local_day";
    Map<Long, long[]> days = new java.util.TreeMap<>();
    var statement =
        jdbc.sql(sql)
            .param("agencies", scope)
            .param("from", period.from().toEpochDay())
            .param("to", period.to().toEpochDay() + 1);
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    statement
        .query(
            (rs, n) -> {
              long[] counters = new long[DayColumn.COUNT];
              for (DayColumn c : DayColumn.values()) {
                counters[c.ordinal()] = rs.getLong(c.column());
              }
              return Map.entry(rs.getLong("local_day"), counters);
            })
        .list()
        .forEach(e -> days.put(e.getKey(), e.getValue()));
    return days;
  }
}
