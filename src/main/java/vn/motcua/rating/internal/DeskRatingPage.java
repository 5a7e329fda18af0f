package vn.motcua.rating.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.dossier.DossierOutcomes;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * {@code GET /reception/rating/{code}}: the big-button page a reception officer of the dossier's
 * receiving agency opens on the desk's tablet and hands to the applicant once the result was
 * returned. The page carries a one-time desk token ({@link DeskTokens}) and posts to the public
 * rating API like the online page: the answers are the applicant's, attributed to the applicant
 * (channel {@code DESK}, the officer named only as whose tablet it was). Anyone but a reception
 * officer of the receiving agency gets 403; an unknown code 404; a dossier not yet returned or
 * already rated 409, without a token.
 */
@Controller
class DeskRatingPage {

  private final DossierOutcomes outcomes;
  private final CurrentOfficial official;
  private final RatingRecorder recorder;
  private final DeskTokens tokens;
  private final RatingForm form;
  private final Clock clock;

  DeskRatingPage(
      DossierOutcomes outcomes,
      CurrentOfficial official,
      RatingRecorder recorder,
      DeskTokens tokens,
      RatingForm form,
      Clock clock) {
    this.outcomes = outcomes;
    this.official = official;
    this.recorder = recorder;
    this.tokens = tokens;
    this.form = form;
    this.clock = clock;
  }

  @GetMapping("/reception/rating/{code}")
  String page(@PathVariable String code, Model model, Locale locale, HttpServletResponse response) {
    // no reception role at all: refused before any lookup, so codes cannot be probed from here
    if (official.groups().stream().noneMatch(g -> g.endsWith(":" + Role.RECEPTION.id()))) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      return "reception-refused";
    }
    Optional<DossierOutcomes.Outcome> dossier =
        code.length() <= 64 ? outcomes.find(code) : Optional.empty();
    if (dossier.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "public-rating-not-found";
    }
    if (!official.inGroup(Role.RECEPTION.groupOf(dossier.get().receivingAgency()))) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      return "reception-refused";
    }
    try {
      recorder.check(dossier.get());
    } catch (ErrorResponseException refused) {
      response.setStatus(refused.getStatusCode().value());
      return form.show(
          model, locale, RatingForm.closed(code, PublicRatingPage.state(refused), true));
    }
    String token = tokens.issue(code, official.id(), clock.instant());
    return form.show(model, locale, form.open(code, token, true, official.id()));
  }
}
