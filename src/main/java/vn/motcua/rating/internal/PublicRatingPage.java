package vn.motcua.rating.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.DossierOutcomes;
import vn.motcua.web.PublicLimits;

/**
 * {@code GET /public/rating/{code}?t=}: the rating page the "result returned" notice links to,
 * without signing in. An unknown code and a wrong token answer the same 404 page; a dossier not yet
 * returned, or already rated, says so (409) without the form.
 */
@Controller
class PublicRatingPage {

  private final RatingRecorder recorder;
  private final RatingForm form;
  private final PublicLimits limits;

  PublicRatingPage(RatingRecorder recorder, RatingForm form, PublicLimits limits) {
    this.recorder = recorder;
    this.form = form;
    this.limits = limits;
  }

  @GetMapping("/public/rating/{code}")
  String page(
      @PathVariable String code,
      @RequestParam(name = "t", required = false) String token,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response) {
    limits.take(PublicRatingController.PURPOSE, request);
    Optional<DossierOutcomes.Outcome> dossier = recorder.byToken(code, token);
    if (dossier.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "public-rating-not-found";
    }
    try {
      recorder.check(dossier.get());
    } catch (ErrorResponseException refused) {
      response.setStatus(refused.getStatusCode().value());
      return form.show(model, locale, RatingForm.closed(code, state(refused), false));
    }
    return form.show(model, locale, form.open(code, token, false, null));
  }

  static String state(ErrorResponseException refused) {
    return "problem.rating.already-rated".equals(refused.getDetailMessageCode())
        ? "rated"
        : "not-returned";
  }
}
