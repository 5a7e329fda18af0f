package vn.motcua.rating.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.web.PublicLimits;

/**
 * {@code POST /api/public/ratings/{code}} {@code {token, answers: {questionId: level}, comment?}}:
 * the applicant's rating, open to anyone with the dossier's token, rate-limited per client (purpose
 * {@value #PURPOSE}). 201 when recorded; 404 for an unknown code or a wrong token alike; 409 before
 * the result was returned or when already rated; 400 for missing or unknown answers. Whoever is
 * signed in, the rating is the applicant's: the desk's tablet page posts here with its one-time
 * token.
 */
@RestController
class PublicRatingController {

  static final String PURPOSE = "rating";

  private final RatingRecorder recorder;
  private final PublicLimits limits;

  PublicRatingController(RatingRecorder recorder, PublicLimits limits) {
    this.recorder = recorder;
    this.limits = limits;
  }

  @PostMapping("/api/public/ratings/{code}")
  @ResponseStatus(HttpStatus.CREATED)
  RatingRecorder.Rated rate(
      @PathVariable String code, @RequestBody RatingRequest request, HttpServletRequest http) {
    // the limit before anything else, so that malformed requests spend it too
    limits.take(PURPOSE, http);
    request.check();
    return recorder.rate(code, request);
  }
}
