package vn.motcua.reporting.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service index's digitisation figures, per resolving agency (Circular 01/2023/TT-VPCP
 * digitises the paper documents received and the results):
 *
 * <ul>
 *   <li>documents received: the dossiers taken up at the desk or by post in the period (the
 *       statistics table's "received directly": not online, not refused), and those among them with
 *       a document kept as a digitised original. Finished dossiers are counted in the day totals
 *       when they finish ({@link DayColumn#RECEIVED_DIGITISED}); those still open are read live,
 *       from the attachment module's view {@code digitised_document}, counting what was uploaded
 *       before the period's end;
 *   <li>results: the dossiers resolved in the period (early, on time, late), and those whose return
 *       step answered "Đã số hóa kết quả" ({@value #RESULT_DIGITISED}), from the day totals ({@link
 *       DayColumn#RESULT_DIGITISED}).
 * </ul>
 *
 * <p>Counting a province's year dossier by dossier took over 30 s, and one aggregate over its
 * dossier rows still about 5 s under load (BENCHMARKS.md, 2026-12-06): hence the day totals.
 */
@Component
class DigitisedDossiers {

  /** The result-return forms' checkbox "Đã số hóa kết quả". */
  static final String RESULT_DIGITISED = "resultDigitised";

  /**
   * The open dossiers of the scope received at the desk or by post in the period with a scan kept
   * as a digitised original before its end, driven from the scans, so the cost follows the scans
   * rather than every open dossier (their count comes from {@link OpenDossiers}).
   */
  private static final String OPEN_DIGITISED =
      """
      select d.resolving_agency agency, count(*) digitised
      from dossier d
      where d.code in (select g.dossier_code from digitised_document g where g.uploaded_at < :end)
        and d.finished_at is null and d.resolving_agency in (:agencies)
        and d.channel <> 'ONLINE' and d.status <> 'REFUSED'
        and d.received_at >= :start and d.received_at < :end %s
      group by d.resolving_agency
      """;

  private final JdbcClient jdbc;

  DigitisedDossiers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Dossiers received at the desk or by post, and those with a digitised original; {@code sums} and
   * {@code open}: the day totals ({@link DayTotals#sums}) and the open dossiers ({@link
   * OpenDossiers#of}) of the scope and period, read once for the report.
   */
  Map<String, ServiceIndex.Digitised> received(
      List<String> scope,
      Period period,
      String procedure,
      Map<List<String>, DayTotals.Sums> sums,
      List<OpenDossiers.Group> open) {
    Map<String, ServiceIndex.Digitised> counts =
        finished(sums, DayColumn.RECEIVED_DIGITISED, DayColumn.RECEIVED_DIRECT);
    if (scope.isEmpty()) {
      return counts;
    }
    long firstDay = period.from().toEpochDay();
    for (OpenDossiers.Group g : open) {
      if (!g.online() && g.receivedDay() >= firstDay) {
        counts.merge(
            g.agency(), new ServiceIndex.Digitised(0, g.count()), ServiceIndex.Digitised::plus);
      }
    }
    var statement =
        jdbc.sql(OPEN_DIGITISED.formatted(procedure == null ? "" : "and d.procedure_key = :p"))
            .param("agencies", scope)
            .param("start", period.startUtc())
            .param("end", period.endUtc());
    if (procedure != null) {
      statement = statement.param("p", procedure);
    }
    statement
        .query(
            (rs, n) ->
                Map.entry(
                    rs.getString("agency"), new ServiceIndex.Digitised(rs.getLong("digitised"), 0)))
        .list()
        .forEach(e -> counts.merge(e.getKey(), e.getValue(), ServiceIndex.Digitised::plus));
    return counts;
  }

  /** Dossiers resolved in the period, and those whose result was digitised ({@code sums} above). */
  Map<String, ServiceIndex.Digitised> results(Map<List<String>, DayTotals.Sums> sums) {
    return finished(
        sums, DayColumn.RESULT_DIGITISED, DayColumn.EARLY, DayColumn.ON_TIME, DayColumn.LATE);
  }

  /** From the day totals: per agency, {@code digitised} within the period over {@code of}. */
  private static Map<String, ServiceIndex.Digitised> finished(
      Map<List<String>, DayTotals.Sums> sums, DayColumn digitised, DayColumn... of) {
    Map<String, ServiceIndex.Digitised> counts = new HashMap<>();
    sums.forEach(
        (key, day) -> {
          long all = 0;
          for (DayColumn column : of) {
            all += day.within(column);
          }
          counts.merge(
              key.get(0),
              new ServiceIndex.Digitised(day.within(digitised), all),
              ServiceIndex.Digitised::plus);
        });
    return counts;
  }
}
