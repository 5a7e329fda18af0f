package vn.motcua.reporting.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.rating.RatingLevel;

/**
 * {@code GET /api/reports/satisfaction?agency=&from=&to=&procedure=&format=json|csv|xlsx}: the
 * applicants' ratings per agency and procedure over a period ({@link SatisfactionQuery}), in the
 * scope every report has ({@link ReportScope}: supervisors their agency's subtree, other staff
 * their own agency).
 */
@RestController
class SatisfactionController {

  private final ReportScope scope;
  private final SatisfactionQuery query;
  private final ReportTables tables;
  private final TableExport export;
  private final MessageSource messages;
  private final Clock clock;

  SatisfactionController(
      ReportScope scope,
      SatisfactionQuery query,
      ReportTables tables,
      TableExport export,
      MessageSource messages,
      Clock clock) {
    this.scope = scope;
    this.query = query;
    this.tables = tables;
    this.export = export;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/api/reports/satisfaction")
  ResponseEntity<?> satisfaction(@Valid ReportRequest request) {
    Period period = Period.orThisMonth(request.from(), request.to(), clock);
    SatisfactionQuery.Report report =
        query.of(
            scope.agencies(request.agencyOrNull()),
            period,
            request.procedureOrNull(),
            LocaleContextHolder.getLocale().getLanguage(),
            tables.totalLabel());
    if (request.json()) {
      return ResponseEntity.ok(report);
    }
    boolean csv = request.format().equals("csv");
    Table table = table(report);
    String filename =
        "muc-do-hai-long-" + period.from() + "-" + period.to() + (csv ? ".csv" : ".xlsx");
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                csv
                    ? "text/csv;charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(csv ? export.csv(table) : export.xlsx(table));
  }

  /** A line per agency and procedure, then the total; a column per question and level (share). */
  private Table table(SatisfactionQuery.Report report) {
    List<String> headers =
        new ArrayList<>(
            Arrays.asList(
                text("report.col.agency"),
                text("report.col.procedure"),
                text("report.satisfaction.col.returned"),
                text("report.satisfaction.col.rated"),
                text("report.satisfaction.col.not-rated"),
                text("report.satisfaction.col.satisfied"),
                text("report.satisfaction.col.rate")));
    List<String> questions = List.copyOf(report.questions().keySet());
    int n = 1;
    for (String q : questions) {
      for (RatingLevel level : RatingLevel.values()) {
        headers.add(n + ". " + report.questions().get(q) + " – " + text("rating.level." + level));
      }
      n++;
    }
    List<List<Object>> lines = new ArrayList<>();
    for (SatisfactionQuery.Row row : report.rows()) {
      lines.add(line(row, questions));
    }
    lines.add(line(report.total(), questions));
    return new Table(text("report.satisfaction.title"), headers, lines);
  }

  private static List<Object> line(SatisfactionQuery.Row row, List<String> questions) {
    List<Object> line =
        new ArrayList<>(
            Arrays.asList(
                row.agencyName(),
                row.procedureName(),
                row.returned(),
                row.rated(),
                row.notRated(),
                row.satisfied(),
                row.satisfactionRate()));
    for (String q : questions) {
      Map<RatingLevel, SatisfactionQuery.Share> levels = row.answers().getOrDefault(q, Map.of());
      for (RatingLevel level : RatingLevel.values()) {
        SatisfactionQuery.Share share = levels.get(level);
        line.add(share == null ? null : share.share());
      }
    }
    return line;
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
