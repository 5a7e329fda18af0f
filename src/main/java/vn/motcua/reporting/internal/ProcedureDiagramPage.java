package vn.motcua.reporting.internal;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * A procedure's BPMN diagram ({@code /reports/procedures/{key}/diagram}, bpmn-js viewer) with each
 * step coloured by the median working time it took in the period against its budget, and the same
 * figures as a table under it. Same scope rules and filters as the dashboard.
 */
@Controller
class ProcedureDiagramPage {

  private final ReportScope scope;
  private final ProcedureCatalogue catalogue;
  private final RepositoryService repository;
  private final StepTimes steps;
  private final Agencies agencies;
  private final Clock clock;

  ProcedureDiagramPage(
      ReportScope scope,
      ProcedureCatalogue catalogue,
      RepositoryService repository,
      StepTimes steps,
      Agencies agencies,
      Clock clock) {
    this.scope = scope;
    this.catalogue = catalogue;
    this.repository = repository;
    this.steps = steps;
    this.agencies = agencies;
    this.clock = clock;
  }

  @GetMapping("/reports/procedures/{key}/diagram")
  String diagram(
      @PathVariable @Size(max = 255) String key,
      @RequestParam(required = false) @Size(max = 64) String agency,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Locale locale,
      Model model) {
    Procedure procedure =
        catalogue
            .latest(key)
            .filter(p -> p.code() != null)
            .orElseThrow(() -> ReportProblems.procedure(key));
    Period period = Period.orThisMonth(from, to, clock);
    String chosen = agency == null || agency.isBlank() ? null : agency.strip();
    List<String> covered = scope.agencies(chosen);
    model.addAttribute("procedure", procedure);
    model.addAttribute("xml", xml(procedure));
    model.addAttribute("steps", steps.of(procedure, covered, period, locale));
    model.addAttribute("period", period);
    model.addAttribute("agency", chosen);
    model.addAttribute(
        "choices",
        scope.agencies(null).stream()
            .map(code -> agencies.find(code).orElse(new Agency(code, code, null)))
            .toList());
    return "procedure-diagram";
  }

  private String xml(Procedure procedure) {
    try (InputStream model = repository.getProcessModel(procedure.definitionId())) {
      return new String(model.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
