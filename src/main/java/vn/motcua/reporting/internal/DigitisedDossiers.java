package vn.motcua.reporting.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service index's digitisation figures, per resolving agency (Circular 01/2023/TT-VPCP
 * digitises the paper documents received and the results), each one aggregate query over the
 * period's dossiers:
 *
 * <ul>
 *   <li>documents received: the dossiers taken up at the desk or by post in the period (the
 *       statistics table's "received directly": not online, not refused), and those among them with
 *       a document scanned as a digitised original before the period's end, read from the
 *       attachment module's view {@code digitised_document}; online dossiers are electronic already
 *       and not counted;
 *   <li>results: the dossiers whose result was returned in the period (the table's "resolved"), and
 *       those among them whose return step answered "Đã số hóa kết quả" ({@code resultDigitised}, a
 *       boolean variable of the dossier's process), read from the engine's history table {@code
 *       act_hi_varinst} (a boolean is stored as {@code long_} 1): the engine's query API has no
 *       aggregate, and asking it dossier by dossier took over 30 s for a province's year.
 * </ul>
 */
@Component
class DigitisedDossiers {

  /** The result-return forms' checkbox "Đã số hóa kết quả". */
  static final String RESULT_DIGITISED = "resultDigitised";

  private static final String RECEIVED =
      """
      select d.resolving_agency agency, count(*) counted,
             sum(case when s.dossier_code is null then 0 else 1 end) digitised
      from dossier d
      left join (select distinct dossier_code from digitised_document
                 where uploaded_at < :end) s on s.dossier_code = d.code
      where d.resolving_agency in (:agencies) and d.channel <> 'ONLINE' and d.status <> 'REFUSED'
        and d.received_at >= :start and d.received_at < :end %s
      group by d.resolving_agency
      """;

  private static final String RESULTS =
      """
      select d.resolving_agency agency, count(*) counted,
             sum(case when v.proc_inst_id_ is null then 0 else 1 end) digitised
      from dossier d
      left join (select distinct proc_inst_id_ from act_hi_varinst
                 where name_ = :variable and long_ = 1) v
        on v.proc_inst_id_ = d.process_instance_id
      where d.resolving_agency in (:agencies) and d.timeliness is not null
        and d.process_instance_id is not null
        and d.finished_at >= :start and d.finished_at < :end %s
      group by d.resolving_agency
      """;

  private final JdbcClient jdbc;

  DigitisedDossiers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Dossiers received at the desk or by post, and those with a digitised original. */
  Map<String, ServiceIndex.Digitised> received(
      List<String> scope, Period period, String procedure) {
    return count(RECEIVED, scope, period, procedure, Map.of());
  }

  /** Dossiers whose result was returned, and those whose result was digitised. */
  Map<String, ServiceIndex.Digitised> results(List<String> scope, Period period, String procedure) {
    return count(RESULTS, scope, period, procedure, Map.of("variable", RESULT_DIGITISED));
  }

  private Map<String, ServiceIndex.Digitised> count(
      String sql, List<String> scope, Period period, String procedure, Map<String, Object> more) {
    Map<String, ServiceIndex.Digitised> counts = new HashMap<>();
    if (scope.isEmpty()) {
      return counts;
    }
    var statement =
        jdbc.sql(sql.formatted(procedure == null ? "" : "and d.procedure_key = :procedure"))
            .param("agencies", scope)
            .param("start", period.startUtc())
            .param("end", period.endUtc());
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    for (Map.Entry<String, Object> param : more.entrySet()) {
      statement = statement.param(param.getKey(), param.getValue());
    }
    statement
        .query(
            (rs, n) ->
                Map.entry(
                    rs.getString("agency"),
                    new ServiceIndex.Digitised(rs.getLong("digitised"), rs.getLong("counted"))))
        .list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }
}
