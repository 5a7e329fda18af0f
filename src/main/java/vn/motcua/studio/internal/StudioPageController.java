package vn.motcua.studio.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The studio's pages for administrators: the procedure list ({@code /studio}), a new procedure from
 * the template ({@code /studio/new}) and the editor ({@code /studio/procedures/{key}}). The pages
 * are frames: their scripts ({@code static/js/studio/}) read and write everything through the
 * studio API, with the texts of this page in the user's language.
 */
@Controller
class StudioPageController {

  /** A procedure key: the BPMN process id, an NCName of at most 64 characters. */
  static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");

  private final StudioAccess access;
  private final StudioPageTexts texts;
  private final Clock clock;

  StudioPageController(StudioAccess access, StudioPageTexts texts, Clock clock) {
    this.access = access;
    this.texts = texts;
    this.clock = clock;
  }

  @GetMapping("/studio")
  String list(Model model, Locale locale) {
    access.requireAdmin();
    model.addAttribute("config", config(locale, null));
    return "studio/list";
  }

  @GetMapping("/studio/new")
  String newProcedure(Model model, Locale locale) {
    access.requireAdmin();
    model.addAttribute("config", config(locale, null));
    return "studio/new";
  }

  @GetMapping("/studio/procedures/{key}")
  String editor(@PathVariable String key, Model model, Locale locale) {
    access.requireAdmin();
    if (!KEY.matcher(key).matches()) {
      throw new UnknownProcedureKey(key);
    }
    model.addAttribute("key", key);
    model.addAttribute("config", config(locale, key));
    return "studio/editor";
  }

  private StudioPageConfig config(Locale locale, String key) {
    return new StudioPageConfig(
        key, locale.getLanguage(), clock.getZone().getId(), access.actor(), texts.of(locale));
  }

  /** What a studio page's script is given: the procedure, language, time zone and texts. */
  record StudioPageConfig(
      String key, String language, String zone, String actor, Map<String, String> texts) {}

  /** 404: a key that cannot be a process id (the editor of a new key is fine). */
  static final class UnknownProcedureKey extends ErrorResponseException {
    UnknownProcedureKey(String key) {
      super(
          HttpStatus.NOT_FOUND,
          ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
          null,
          null,
          new Object[] {key.length() > 80 ? key.substring(0, 80) + "…" : key});
    }
  }
}
