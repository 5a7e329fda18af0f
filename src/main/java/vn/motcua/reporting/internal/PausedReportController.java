package vn.motcua.reporting.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/paused}: the dossiers whose legal clock stood still longest in the period
 * (most paused first, {@code limit} of them, with the breakdown by reason) and the totals by agency
 * and reason, scoped and filtered as the other reports ({@code agency} subtree, {@code from},
 * {@code to}, {@code procedure}, {@code format=json|csv|xlsx}; the files hold the dossiers).
 */
@RestController
@Validated
class PausedReportController {

  private final ReportScope scope;
  private final PausedQuery paused;
  private final TableExport export;
  private final MessageSource messages;
  private final Clock clock;

  PausedReportController(
      ReportScope scope,
      PausedQuery paused,
      TableExport export,
      MessageSource messages,
      Clock clock) {
    this.scope = scope;
    this.paused = paused;
    this.export = export;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/api/reports/paused")
  ResponseEntity<?> paused(
      @Valid ReportRequest request,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    Period period = Period.orThisMonth(request.from(), request.to(), clock);
    PausedQuery.Result result =
        paused.of(scope.agencies(request.agencyOrNull()), period, request.procedureOrNull(), limit);
    if (request.json()) {
      return ResponseEntity.ok(result);
    }
    boolean csv = request.format().equals("csv");
    Table table = table(result.dossiers());
    String filename = "tam-dung-" + period.from() + "-" + period.to() + (csv ? ".csv" : ".xlsx");
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

  private Table table(List<PausedQuery.PausedDossier> dossiers) {
    Locale locale = LocaleContextHolder.getLocale();
    List<String> headers =
        List.of("code", "procedure", "agency", "minutes", "paused-now", "by-reason").stream()
            .map(h -> messages.getMessage("report.paused.col." + h, null, locale))
            .toList();
    List<List<Object>> rows = new ArrayList<>();
    for (PausedQuery.PausedDossier d : dossiers) {
      rows.add(
          List.of(
              d.code(),
              d.procedure(),
              d.agency(),
              d.pausedWorkingMinutes(),
              d.pausedNow() ? "x" : "",
              d.byReason().toString()));
    }
    return new Table(messages.getMessage("report.paused.title", null, locale), headers, rows);
  }
}
