package vn.motcua.catalogue.internal;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalogue.Folding;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.catalogue.Step;

/** {@code /api/procedures} (public): the latest version of every procedure with its metadata. */
@RestController
@Validated
@RequestMapping("/api/procedures")
class CatalogueController {

  record ProcedureView(
      String key,
      int version,
      String code,
      String name,
      String field,
      String agencyLevel,
      Map<String, Object> legalTime,
      String fee,
      List<String> requiredDocuments,
      String onlineServiceLevel,
      String supplementClockRule,
      String legalBasis,
      List<StepView> steps,
      List<Procedure.RequiredDocument> checklist,
      String startForm,
      String competence) {}

  record StepView(String id, String name, String role, String budget, boolean outsideLegalTime) {
    static StepView of(Step step) {
      return new StepView(
          step.id(), step.name(), step.role(), step.budget(), step.outsideLegalTime());
    }
  }

  private final ProcedureCatalogue catalogue;

  CatalogueController(ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Every procedure, or those whose name, code or field contains every word of {@code q}, case and
   * diacritics aside ("dang ky khai sinh" finds "Đăng ký khai sinh").
   */
  @GetMapping
  List<ProcedureView> all(@RequestParam(required = false) @Size(max = 200) String q) {
    List<String> words = q == null || q.isBlank() ? List.of() : List.of(Folding.fold(q).split(" "));
    return catalogue.all().stream()
        .filter(procedure -> matches(procedure, words))
        .map(this::view)
        .toList();
  }

  private static boolean matches(Procedure p, List<String> words) {
    String text = Folding.fold(p.name() + " " + p.code() + " " + p.properties().get("field"));
    return words.stream().allMatch(text::contains);
  }

  /** The Camunda Form (schemaVersion 16) on the start event of the latest version. */
  @GetMapping(value = "/{key}/start-form", produces = MediaType.APPLICATION_JSON_VALUE)
  String startForm(@PathVariable String key) {
    Procedure procedure =
        catalogue
            .latest(key)
            .filter(p -> p.code() != null)
            .orElseThrow(() -> new CatalogueProblems.UnknownProcedureException(key));
    return catalogue
        .startFormJson(procedure.definitionId())
        .orElseThrow(() -> new CatalogueProblems.NoStartFormException(key));
  }

  @GetMapping("/{key}")
  ProcedureView one(@PathVariable String key) {
    return catalogue
        .latest(key)
        .filter(procedure -> procedure.code() != null)
        .map(this::view)
        .orElseThrow(() -> new CatalogueProblems.UnknownProcedureException(key));
  }

  private ProcedureView view(Procedure p) {
    Map<String, String> props = p.properties();
    return new ProcedureView(
        p.key(),
        p.version(),
        p.code(),
        p.name(),
        props.get("field"),
        props.get("agencyLevel"),
        p.legalTime(),
        props.get("fee"),
        Arrays.stream(props.getOrDefault("requiredDocuments", "").split(";"))
            .map(String::strip)
            .filter(document -> !document.isEmpty())
            .toList(),
        props.get("onlineServiceLevel"),
        p.supplementClockRule().name(),
        props.get("legalBasis"),
        catalogue.steps(p.definitionId()).stream().map(StepView::of).toList(),
        p.checklist(),
        catalogue.startForm(p.definitionId()).orElse(null),
        p.competence().toString());
  }
}
