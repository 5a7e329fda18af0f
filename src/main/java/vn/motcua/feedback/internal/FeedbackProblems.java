package vn.motcua.feedback.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Refused feedback requests, as RFC 9457 problem details; texts in the message bundles ({@code
 * problem.feedback.<reason>}, title {@code problemDetail.title.<class>}).
 */
final class FeedbackProblems {

  private FeedbackProblems() {}

  /** One field's problem: the field, a reason code and the message in the caller's language. */
  record FieldProblem(String field, String reason, String message) {}

  /** The body is not a valid feedback: every field's problem at once. */
  static final class InvalidFeedbackException extends ErrorResponseException {
    InvalidFeedbackException(List<FieldProblem> errors) {
      super(HttpStatus.BAD_REQUEST, body(errors), null, "problem.feedback.invalid", null);
    }

    private static ProblemDetail body(List<FieldProblem> errors) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
      problem.setProperty("errors", errors);
      return problem;
    }
  }

  /** A refused action on a feedback; {@code reason} picks the message. */
  static final class FeedbackException extends ErrorResponseException {
    FeedbackException(HttpStatus status, String reason, String field, Object... args) {
      super(status, body(status, field, reason), null, "problem.feedback." + reason, args);
    }

    private static ProblemDetail body(HttpStatus status, String field, String reason) {
      ProblemDetail problem = ProblemDetail.forStatus(status);
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
      return problem;
    }
  }

  /** No feedback has this code, or the token is not its own: the same answer for both. */
  static FeedbackException notFound(String code) {
    return new FeedbackException(HttpStatus.NOT_FOUND, "not-found", "code", code);
  }

  /** The official may not answer or forward it: not of the assigned agency, or not a head. */
  static FeedbackException forbidden(String code, String agency) {
    return new FeedbackException(HttpStatus.FORBIDDEN, "forbidden", "code", code, agency);
  }

  /** Answered already: nothing more to do. */
  static FeedbackException closed(String code) {
    return new FeedbackException(HttpStatus.CONFLICT, "closed", "code", code);
  }

  static FeedbackException invalid(String field, String reason, Object... args) {
    return new FeedbackException(HttpStatus.UNPROCESSABLE_ENTITY, reason, field, args);
  }
}
