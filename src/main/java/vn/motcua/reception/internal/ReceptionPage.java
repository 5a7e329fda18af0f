package vn.motcua.reception.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * {@code /reception}: the desk's intake page, for officials holding the reception role of some
 * agency (the agencies offered are those); anyone else gets a 403 page saying so. The page itself
 * is static markup plus {@code /js/reception.js}; this controller only hands it the officer's
 * agencies, the texts in the user's language, the file size limit and the time zone appointments
 * are shown in.
 */
@Controller
class ReceptionPage {

  /** The largest scan accepted (the attachments module refuses larger ones too). */
  static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  private final CurrentOfficial official;
  private final Agencies agencies;
  private final ReceptionTexts texts;
  private final Clock clock;

  ReceptionPage(CurrentOfficial official, Agencies agencies, ReceptionTexts texts, Clock clock) {
    this.official = official;
    this.agencies = agencies;
    this.texts = texts;
    this.clock = clock;
  }

  @GetMapping("/reception")
  String reception(Model model, Locale locale, HttpServletResponse response) {
    List<Agency> desks = receptionAgencies();
    if (desks.isEmpty()) {
      // the shared 403 page speaks of administrators; this one says who the desk is for
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return "reception-refused";
    }
    model.addAttribute("agencies", desks);
    model.addAttribute(
        "config",
        new PageConfig(
            locale.getLanguage(), clock.getZone().getId(), MAX_FILE_BYTES, texts.of(locale)));
    return "reception";
  }

  /** The agencies whose reception group the official is in, by name. */
  private List<Agency> receptionAgencies() {
    return official.groups().stream()
        .filter(group -> group.endsWith(":" + Role.RECEPTION.id()))
        .map(Role::agencyOf)
        .filter(Objects::nonNull)
        .map(code -> agencies.find(code).orElse(new Agency(code, code, null)))
        .sorted(Comparator.comparing(Agency::name))
        .toList();
  }

  /** What the page's script needs from the server, inlined with the CSP nonce. */
  record PageConfig(
      String language, String zone, long maxFileBytes, java.util.Map<String, String> texts) {}
}
