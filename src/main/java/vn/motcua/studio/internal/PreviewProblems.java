package vn.motcua.studio.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The deadline preview's refusals, as RFC 9457 problems with texts from the message bundles. */
final class PreviewProblems {

  private PreviewProblems() {}

  /** The posted BPMN is missing, too large or no model with a process: 422. */
  static final class UnreadableModelException extends ErrorResponseException {
    UnreadableModelException(String reason) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          problem(HttpStatus.UNPROCESSABLE_ENTITY, "bpmn", reason),
          null,
          null,
          new Object[] {reason});
    }
  }

  /** The process declares no legal time, so there is no legal due date to preview: 422. */
  static final class NoLegalTimeException extends ErrorResponseException {
    NoLegalTimeException(String key) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          problem(HttpStatus.UNPROCESSABLE_ENTITY, "bpmn", "no-legal-time"),
          null,
          null,
          new Object[] {key});
    }
  }

  /** A metadata value the deadlines depend on is malformed (budget, ladder, legal time): 422. */
  static final class UncountableModelException extends ErrorResponseException {
    UncountableModelException(String detail) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          problem(HttpStatus.UNPROCESSABLE_ENTITY, "bpmn", "uncountable"),
          null,
          null,
          new Object[] {detail});
    }
  }

  /** No agency has this code: 404. */
  static final class UnknownAgencyException extends ErrorResponseException {
    UnknownAgencyException(String agency) {
      super(
          HttpStatus.NOT_FOUND,
          problem(HttpStatus.NOT_FOUND, "agency", "unknown"),
          null,
          null,
          new Object[] {agency});
    }
  }

  /** A field is missing or unreadable ({@code receivedAt}, {@code agency}): 400. */
  static final class InvalidPreviewInputException extends ErrorResponseException {
    InvalidPreviewInputException(String field, String reason) {
      super(
          HttpStatus.BAD_REQUEST,
          problem(HttpStatus.BAD_REQUEST, field, reason),
          null,
          null,
          new Object[] {field});
    }
  }

  private static ProblemDetail problem(HttpStatus status, String field, String reason) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
    return problem;
  }
}
