package vn.motcua.dossierpage.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /dossiers/{code}}: the dossier page, in Vietnamese or, with {@code ?lang=en}, English; for
 * whoever may read the dossier ({@link vn.motcua.dossier.Dossiers#find}), a 403 or 404 page for
 * anyone else.
 */
@Controller
class DossierPage {

  private final DossierPageModel pages;

  DossierPage(DossierPageModel pages) {
    this.pages = pages;
  }

  @GetMapping("/dossiers/{code}")
  String dossier(
      @PathVariable String code, Model model, Locale locale, HttpServletResponse response) {
    model.addAttribute("code", code);
    try {
      pages.fill(code, model, locale);
    } catch (AccessDeniedException e) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("refused", "forbidden");
    } catch (ErrorResponseException e) {
      if (e.getStatusCode().value() != HttpServletResponse.SC_NOT_FOUND) {
        throw e;
      }
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("refused", "not-found");
    }
    return "dossier";
  }
}
