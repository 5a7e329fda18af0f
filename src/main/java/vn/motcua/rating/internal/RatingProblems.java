package vn.motcua.rating.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Refused ratings; texts in the message bundles ({@code problem.rating.*}). */
final class RatingProblems {

  private RatingProblems() {}

  static final class RatingException extends ErrorResponseException {
    RatingException(HttpStatus status, String reason, String field, Object... args) {
      super(status, problem(status, field, reason), null, "problem.rating." + reason, args);
    }

    private static ProblemDetail problem(HttpStatus status, String field, String reason) {
      ProblemDetail problem = ProblemDetail.forStatus(status);
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
      return problem;
    }
  }

  /** No such dossier, or not its token: the same answer, so codes cannot be probed. */
  static RatingException notFound() {
    return new RatingException(HttpStatus.NOT_FOUND, "not-found", "code");
  }

  static RatingException notReturned() {
    return new RatingException(HttpStatus.CONFLICT, "not-returned", "code");
  }

  static RatingException alreadyRated() {
    return new RatingException(HttpStatus.CONFLICT, "already-rated", "code");
  }

  static RatingException answers(String field, String reason) {
    return new RatingException(HttpStatus.BAD_REQUEST, reason, field);
  }

  static RatingException notReception() {
    return new RatingException(HttpStatus.FORBIDDEN, "not-reception", "code");
  }
}
