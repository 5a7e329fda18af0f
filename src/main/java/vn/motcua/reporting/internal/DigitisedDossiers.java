package vn.motcua.reporting.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.attachment.Attachments;

/**
 * The service index's digitisation figures, per resolving agency (Circular 01/2023/TT-VPCP
 * digitises the paper documents received and the results):
 *
 * <ul>
 *   <li>documents received: the dossiers taken up at the desk or by post in the period (the
 *       statistics table's "received directly": not online, not refused), and those among them with
 *       a document scanned as a digitised original before the period's end, asked of the attachment
 *       module ({@link Attachments#digitisedAmong}); online dossiers are electronic already and not
 *       counted;
 *   <li>results: the dossiers whose result was returned in the period (the table's "resolved"), and
 *       those among them whose return step answered "Đã số hóa kết quả" ({@code resultDigitised}, a
 *       variable of the dossier's process, read from the engine's history).
 * </ul>
 */
@Component
class DigitisedDossiers {

  /** The result-return forms' checkbox "Đã số hóa kết quả". */
  static final String RESULT_DIGITISED = "resultDigitised";

  private static final int IDS_PER_QUERY = 1_000;

  private static final String RECEIVED =
      """
      select resolving_agency, code counted from dossier
      where resolving_agency in (:agencies) and channel <> 'ONLINE' and status <> 'REFUSED'
        and received_at >= :start and received_at < :end %s
      """;

  private static final String RESULTS =
      """
      select resolving_agency, process_instance_id counted from dossier
      where resolving_agency in (:agencies) and timeliness is not null
        and process_instance_id is not null
        and finished_at >= :start and finished_at < :end %s
      """;

  private final JdbcClient jdbc;
  private final Attachments attachments;
  private final HistoryService history;

  DigitisedDossiers(JdbcClient jdbc, Attachments attachments, HistoryService history) {
    this.jdbc = jdbc;
    this.attachments = attachments;
    this.history = history;
  }

  /** Dossiers received at the desk or by post, and those with a digitised original. */
  Map<String, ServiceIndex.Digitised> received(
      List<String> scope, Period period, String procedure) {
    return count(
        RECEIVED,
        scope,
        period,
        procedure,
        codes -> attachments.digitisedAmong(codes, period.end()));
  }

  /** Dossiers whose result was returned, and those whose result was digitised. */
  Map<String, ServiceIndex.Digitised> results(List<String> scope, Period period, String procedure) {
    return count(RESULTS, scope, period, procedure, this::resultDigitised);
  }

  private Set<String> resultDigitised(Collection<String> processes) {
    List<String> ids = List.copyOf(processes);
    Set<String> digitised = new HashSet<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      history
          .createHistoricVariableInstanceQuery()
          .variableName(RESULT_DIGITISED)
          .processInstanceIdIn(
              ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).toArray(String[]::new))
          .list()
          .stream()
          .filter(v -> Boolean.TRUE.equals(v.getValue()))
          .map(HistoricVariableInstance::getProcessInstanceId)
          .forEach(digitised::add);
    }
    return digitised;
  }

  private Map<String, ServiceIndex.Digitised> count(
      String sql,
      List<String> scope,
      Period period,
      String procedure,
      Function<Collection<String>, Set<String>> digitisedAmong) {
    Map<String, ServiceIndex.Digitised> counts = new HashMap<>();
    if (scope.isEmpty()) {
      return counts;
    }
    var statement =
        jdbc.sql(sql.formatted(procedure == null ? "" : "and procedure_key = :procedure"))
            .param("agencies", scope)
            .param("start", period.startUtc())
            .param("end", period.endUtc());
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    Map<String, String> agencyOf = new HashMap<>();
    statement
        .query((rs, n) -> Map.entry(rs.getString("counted"), rs.getString("resolving_agency")))
        .list()
        .forEach(e -> agencyOf.put(e.getKey(), e.getValue()));
    Set<String> digitised =
        agencyOf.isEmpty() ? Set.of() : digitisedAmong.apply(new ArrayList<>(agencyOf.keySet()));
    agencyOf.forEach(
        (key, agency) ->
            counts.merge(
                agency,
                new ServiceIndex.Digitised(digitised.contains(key) ? 1 : 0, 1),
                ServiceIndex.Digitised::plus));
    return counts;
  }
}
