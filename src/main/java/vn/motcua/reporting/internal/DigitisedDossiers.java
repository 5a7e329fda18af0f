package vn.motcua.reporting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.attachment.Attachments;

/**
 * The service index's digitisation of received documents, per resolving agency: the dossiers taken
 * up at the desk or by post in the period (as the statistics table's "received directly": not
 * online, not refused), and those among them with a document scanned as a digitised original before
 * the period's end, asked of the attachment module ({@link Attachments#digitisedAmong}). Online
 * dossiers are electronic already and not counted (Circular 01/2023/TT-VPCP digitises paper
 * documents received).
 */
@Component
class DigitisedDossiers {

  private static final String SQL =
      """
      select resolving_agency, code from dossier
      where resolving_agency in (:agencies) and channel <> 'ONLINE' and status <> 'REFUSED'
        and received_at >= :start and received_at < :end %s
      """;

  private final JdbcClient jdbc;
  private final Attachments attachments;

  DigitisedDossiers(JdbcClient jdbc, Attachments attachments) {
    this.jdbc = jdbc;
    this.attachments = attachments;
  }

  Map<String, ServiceIndex.Digitised> byAgency(
      List<String> scope, Period period, String procedure) {
    Map<String, ServiceIndex.Digitised> counts = new HashMap<>();
    if (scope.isEmpty()) {
      return counts;
    }
    var statement =
        jdbc.sql(SQL.formatted(procedure == null ? "" : "and procedure_key = :procedure"))
            .param("agencies", scope)
            .param("start", period.startUtc())
            .param("end", period.endUtc());
    if (procedure != null) {
      statement = statement.param("procedure", procedure);
    }
    Map<String, String> agencyOf = new HashMap<>();
    statement
        .query((rs, n) -> Map.entry(rs.getString("code"), rs.getString("resolving_agency")))
        .list()
        .forEach(e -> agencyOf.put(e.getKey(), e.getValue()));
    Set<String> digitised =
        attachments.digitisedAmong(new ArrayList<>(agencyOf.keySet()), period.end());
    agencyOf.forEach(
        (code, agency) ->
            counts.merge(
                agency,
                new ServiceIndex.Digitised(digitised.contains(code) ? 1 : 0, 1),
                ServiceIndex.Digitised::plus));
    return counts;
  }
}
