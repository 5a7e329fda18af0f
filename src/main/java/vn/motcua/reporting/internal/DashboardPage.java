package vn.motcua.reporting.internal;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * The supervisor's dashboard ({@code /dashboard}): the dossiers in progress now by flag, the
 * period's results by timeliness and by procedure and its weekly trend (Apache ECharts), and the
 * overdue dossiers with how late they are and who holds them, each linked to its timeline; each
 * procedure links to its diagram coloured by step times ({@link ProcedureDiagramPage}). Same scope
 * rules and filters as {@code /api/reports/*}; Vietnamese, or English with {@code ?lang=en}.
 */
@Controller
class DashboardPage {

  private final ReportScope scope;
  private final StatisticsQuery statistics;
  private final OverviewQuery overview;
  private final ReportTables tables;
  private final TrendQuery trend;
  private final OpenDossiers openDossiers;
  private final Agencies agencies;
  private final Clock clock;

  DashboardPage(
      ReportScope scope,
      StatisticsQuery statistics,
      OverviewQuery overview,
      ReportTables tables,
      TrendQuery trend,
      OpenDossiers openDossiers,
      Agencies agencies,
      Clock clock) {
    this.scope = scope;
    this.statistics = statistics;
    this.overview = overview;
    this.tables = tables;
    this.trend = trend;
    this.openDossiers = openDossiers;
    this.agencies = agencies;
    this.clock = clock;
  }

  @GetMapping("/dashboard")
  String dashboard(
      @RequestParam(required = false) @Size(max = 64) String agency,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Model model) {
    Period period = Period.orThisMonth(from, to, clock);
    String chosen = agency == null || agency.isBlank() ? null : agency.strip();
    List<String> covered = scope.agencies(chosen);
    List<OpenDossiers.Group> open = openDossiers.of(covered, period, null);
    List<StatisticsRow> rows = statistics.rows(covered, period, null, open);
    StatisticsRow total = StatisticsQuery.total(rows, tables.totalLabel());
    Map<String, long[]> byProcedure = new LinkedHashMap<>();
    Map<String, String> procedures = new LinkedHashMap<>();
    for (StatisticsRow row : rows) {
      procedures.putIfAbsent(row.procedure(), row.procedureName());
      long[] counts = byProcedure.computeIfAbsent(row.procedureName(), k -> new long[4]);
      counts[0] += row.resolvedEarly();
      counts[1] += row.resolvedOnTime();
      counts[2] += row.resolvedLate();
      counts[3] += row.inProgressOverdue();
    }
    model.addAttribute("period", period);
    model.addAttribute("agency", chosen);
    model.addAttribute(
        "choices",
        scope.agencies(null).stream()
            .map(code -> agencies.find(code).orElse(new Agency(code, code, null)))
            .toList());
    model.addAttribute("inProgress", overview.inProgress(covered, null));
    model.addAttribute("total", total);
    model.addAttribute("byProcedure", byProcedure);
    model.addAttribute("procedures", procedures);
    model.addAttribute("overdue", overview.overdue(covered, null, 200));
    model.addAttribute("trend", trend.of(covered, period, null, open));
    model.addAttribute("zone", clock.getZone());
    model.addAttribute(
        "query",
        "from="
            + period.from()
            + "&to="
            + period.to()
            + (chosen == null ? "" : "&agency=" + chosen));
    return "dashboard";
  }
}
