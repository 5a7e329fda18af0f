package vn.motcua.reporting.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.rating.Ratings;

/**
 * {@code GET /api/reports/statistics}, {@code /overview}, {@code /delays}, {@code /service-index},
 * each with {@code agency} (its subtree; default: all the caller oversees), {@code from} and {@code
 * to} (dates, inclusive; default: this month so far), {@code procedure}, and {@code
 * format=json|csv|xlsx}.
 */
@RestController
@RequestMapping("/api/reports")
class ReportsController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final ReportScope scope;
  private final StatisticsQuery statistics;
  private final OverviewQuery overview;
  private final ServiceIndex index;
  private final DigitisedDossiers digitised;
  private final DelayQuery delays;
  private final TrendQuery trend;
  private final OpenDossiers openDossiers;
  private final DayTotals days;
  private final ReportTables tables;
  private final TableExport export;
  private final Ratings ratings;
  private final Clock clock;

  ReportsController(
      ReportScope scope,
      StatisticsQuery statistics,
      OverviewQuery overview,
      ServiceIndex index,
      DigitisedDossiers digitised,
      DelayQuery delays,
      TrendQuery trend,
      OpenDossiers openDossiers,
      DayTotals days,
      ReportTables tables,
      TableExport export,
      Ratings ratings,
      Clock clock) {
    this.scope = scope;
    this.statistics = statistics;
    this.overview = overview;
    this.index = index;
    this.digitised = digitised;
    this.delays = delays;
    this.trend = trend;
    this.openDossiers = openDossiers;
    this.days = days;
    this.tables = tables;
    this.export = export;
    this.ratings = ratings;
    this.clock = clock;
  }

  /** The statistics table: a line per agency and procedure, and the total. */
  record Statistics(Period period, List<StatisticsRow> rows, StatisticsRow total) {}

  /** The dashboard's figures. */
  record Overview(
      Period period,
      Map<String, Long> inProgress,
      StatisticsRow periodTotals,
      TrendQuery.Trend trend,
      List<OverviewQuery.Overdue> overdue) {}

  /**
   * The indicators of one agency (its own dossiers) or of the whole scope ({@code agency} null),
   * with Decision 766's total ({@code points} earned on the measured indicators, out of {@code
   * measuredMaxPoints}; {@code maxPoints} for the whole index).
   */
  record AgencyIndex(
      String agency,
      String agencyName,
      List<ServiceIndex.Indicator> indicators,
      java.math.BigDecimal points,
      double measuredMaxPoints,
      double maxPoints) {

    static AgencyIndex of(String agency, String agencyName, ServiceIndex.Score score) {
      return new AgencyIndex(
          agency,
          agencyName,
          score.indicators(),
          score.points(),
          score.measuredMaxPoints(),
          score.maxPoints());
    }
  }

  @GetMapping("/statistics")
  ResponseEntity<?> statistics(@Valid ReportRequest request) {
    Period period = Period.orThisMonth(request.from(), request.to(), clock);
    String procedure = request.procedureOrNull();
    List<StatisticsRow> rows =
        statistics.rows(scope.agencies(request.agencyOrNull()), period, procedure);
    StatisticsRow total = StatisticsQuery.total(rows, tables.totalLabel());
    if (!request.json()) {
      return file(tables.statistics(period, rows, total), request.format(), "thong-ke", period);
    }
    return ResponseEntity.ok(new Statistics(period, rows, total));
  }

  @GetMapping("/overview")
  ResponseEntity<?> overview(@Valid ReportRequest request) {
    Period period = Period.orThisMonth(request.from(), request.to(), clock);
    String procedure = request.procedureOrNull();
    List<String> agencies = scope.agencies(request.agencyOrNull());
    List<OverviewQuery.Overdue> overdue = overview.overdue(agencies, procedure, 500);
    if (!request.json()) {
      return file(tables.overdue(overdue), request.format(), "qua-han", period);
    }
    List<OpenDossiers.Group> open = openDossiers.of(agencies, period, procedure);
    // a period not yet ended counts every dossier in progress (all were received before its end);
    // online submissions awaiting acceptance are not in progress yet
    Long inProgress =
        period.end().isAfter(clock.instant())
            ? open.stream().filter(g -> !g.pending()).mapToLong(OpenDossiers.Group::count).sum()
            : null;
    StatisticsRow totals =
        StatisticsQuery.total(
            statistics.rows(agencies, period, procedure, open), tables.totalLabel());
    return ResponseEntity.ok(
        new Overview(
            period,
            overview.inProgress(agencies, procedure, inProgress),
            totals,
            trend.of(agencies, period, procedure, open),
            overdue));
  }

  /**
   * Delay analytics: the steps completed in the period grouped {@code by} step (default), unit,
   * official or agency (each agency's share of the time), worst first.
   */
  @GetMapping("/delays")
  ResponseEntity<?> delays(
      @Valid ReportRequest request, @RequestParam(defaultValue = "STEP") DelayQuery.By by) {
    Period period = Period.orThisMonth(request.from(), request.to(), clock);
    String procedure = request.procedureOrNull();
    List<Delay> rows = delays.delays(scope.agencies(request.agencyOrNull()), period, procedure, by);
    if (!request.json()) {
      return file(tables.delays(rows), request.format(), "cham-muon", period);
    }
    return ResponseEntity.ok(rows);
  }

  @GetMapping("/service-index")
  ResponseEntity<?> serviceIndex(@Valid ReportRequest request) {
    Period period = Period.orThisMonth(request.from(), request.to(), clock);
    String procedure = request.procedureOrNull();
    List<String> agencies = scope.agencies(request.agencyOrNull());
    // the day totals are read once, for the statistics and the digitisation figures alike
    Map<List<String>, DayTotals.Sums> sums =
        agencies.isEmpty() ? Map.of() : days.sums(agencies, period, procedure);
    List<OpenDossiers.Group> open =
        agencies.isEmpty() ? List.of() : openDossiers.of(agencies, period, procedure);
    List<StatisticsRow> rows = agencies.isEmpty() ? List.of() : statistics.rows(period, open, sums);
    Map<String, ServiceIndex.Digitised> received =
        digitised.received(agencies, period, procedure, sums, open);
    Map<String, ServiceIndex.Digitised> results = digitised.results(sums);
    Map<String, List<StatisticsRow>> byAgency = new LinkedHashMap<>();
    rows.forEach(row -> byAgency.computeIfAbsent(row.agency(), a -> new ArrayList<>()).add(row));
    Map<String, ServiceIndex.Satisfaction> rated = satisfaction(agencies, period, procedure);
    StatisticsRow all = StatisticsQuery.total(rows, tables.totalLabel());
    List<AgencyIndex> result = new ArrayList<>();
    result.add(
        AgencyIndex.of(
            null,
            tables.totalLabel(),
            index.of(
                all,
                sum(received),
                sum(results),
                returned(rated.values().stream(), all.resolved()))));
    byAgency.forEach(
        (code, own) -> {
          StatisticsRow total = StatisticsQuery.total(own, code);
          result.add(
              AgencyIndex.of(
                  code,
                  own.get(0).agencyName(),
                  index.of(
                      total,
                      received.getOrDefault(code, ServiceIndex.Digitised.NONE),
                      results.getOrDefault(code, ServiceIndex.Digitised.NONE),
                      returned(
                          java.util.stream.Stream.ofNullable(rated.get(code)), total.resolved()))));
        });
    if (!request.json()) {
      return file(tables.serviceIndex(result), request.format(), "chi-so-phuc-vu", period);
    }
    return ResponseEntity.ok(result);
  }

  /** The ratings of the dossiers returned in the period, per resolving agency. */
  private Map<String, ServiceIndex.Satisfaction> satisfaction(
      List<String> agencies, Period period, String procedure) {
    Map<String, ServiceIndex.Satisfaction> byAgency = new LinkedHashMap<>();
    for (Ratings.Tally t : ratings.tally(agencies, period.start(), period.end(), procedure)) {
      byAgency.merge(
          t.agency(),
          new ServiceIndex.Satisfaction(t.satisfied(), t.rated(), 0),
          ServiceIndex.Satisfaction::plus);
    }
    return byAgency;
  }

  /** The ratings summed, with the dossiers returned (resolved) in the period. */
  private static ServiceIndex.Satisfaction returned(
      java.util.stream.Stream<ServiceIndex.Satisfaction> rated, long returned) {
    return rated
        .reduce(ServiceIndex.Satisfaction.NONE, ServiceIndex.Satisfaction::plus)
        .plus(new ServiceIndex.Satisfaction(0, 0, returned));
  }

  private static ServiceIndex.Digitised sum(Map<String, ServiceIndex.Digitised> byAgency) {
    return byAgency.values().stream()
        .reduce(ServiceIndex.Digitised.NONE, ServiceIndex.Digitised::plus);
  }

  private ResponseEntity<byte[]> file(Table table, String format, String name, Period period) {
    boolean csv = format.equals("csv");
    String filename = name + "-" + period.from() + "-" + period.to() + (csv ? ".csv" : ".xlsx");
    return ResponseEntity.ok()
        .contentType(csv ? CSV : XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(csv ? export.csv(table) : export.xlsx(table));
  }
}
