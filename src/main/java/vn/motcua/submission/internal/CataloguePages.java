package vn.motcua.submission.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.catalogue.Folding;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.web.PublicLimits;

/**
 * The citizens' catalogue pages, without signing in (rate-limited per client, {@code catalogue}):
 * {@code /public/procedures?q=} finds procedures by name, code or field, with or without
 * diacritics, as {@code GET /api/procedures?q=} does; {@code /public/procedures/{key}} shows one
 * with its legal time, fee, documents, legal basis and desks; {@code .../submit} is the online
 * submission page.
 */
@Controller
class CataloguePages {

  /** The largest scan accepted (the attachments module refuses larger ones too). */
  static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  private final ProcedureCatalogue catalogue;
  private final ProcedureSheet sheets;
  private final FilingAgencies filing;
  private final PublicLimits limits;
  private final SubmissionTexts texts;
  private final Clock clock;

  CataloguePages(
      ProcedureCatalogue catalogue,
      ProcedureSheet sheets,
      FilingAgencies filing,
      PublicLimits limits,
      SubmissionTexts texts,
      Clock clock) {
    this.catalogue = catalogue;
    this.sheets = sheets;
    this.filing = filing;
    this.limits = limits;
    this.texts = texts;
    this.clock = clock;
  }

  @GetMapping("/public/procedures")
  String list(
      @RequestParam(required = false) String q,
      Model model,
      Locale locale,
      HttpServletRequest request) {
    limits.take("catalogue", request);
    String query = q == null ? "" : q.strip();
    if (query.length() > 200) {
      query = query.substring(0, 200);
    }
    List<String> words = query.isEmpty() ? List.of() : List.of(Folding.fold(query).split(" "));
    model.addAttribute("q", query);
    model.addAttribute(
        "procedures",
        catalogue.all().stream()
            .filter(p -> p.code() != null && matches(p, words))
            .map(p -> sheets.of(p, List.of(), locale))
            .toList());
    return "public/procedures";
  }

  /** As {@code GET /api/procedures?q=}: every word in the name, code or field, folded. */
  private static boolean matches(Procedure p, List<String> words) {
    String text = Folding.fold(p.name() + " " + p.code() + " " + p.properties().get("field"));
    return words.stream().allMatch(text::contains);
  }

  @GetMapping("/public/procedures/{key}")
  String one(@PathVariable String key, Model model, Locale locale, HttpServletRequest request) {
    limits.take("catalogue", request);
    Procedure procedure = procedure(key);
    model.addAttribute("p", sheets.of(procedure, filing.of(procedure), locale));
    return "public/procedure";
  }

  @GetMapping("/public/procedures/{key}/submit")
  String submit(@PathVariable String key, Model model, Locale locale, HttpServletRequest request) {
    limits.take("catalogue", request);
    Procedure procedure = procedure(key);
    ProcedureSheet.Sheet sheet = sheets.of(procedure, filing.of(procedure), locale);
    model.addAttribute("p", sheet);
    model.addAttribute(
        "config",
        Map.of(
            "language", locale.getLanguage(),
            "zone", clock.getZone().getId(),
            "maxFileBytes", MAX_FILE_BYTES,
            "procedure", procedure.key(),
            "hasStartForm", catalogue.startForm(procedure.definitionId()).isPresent(),
            "texts", texts.of(locale)));
    return "public/submit";
  }

  private Procedure procedure(String key) {
    return catalogue
        .latest(key)
        .filter(p -> p.code() != null)
        .orElseThrow(() -> new SubmissionProblems.UnknownProcedureException(key));
  }
}
