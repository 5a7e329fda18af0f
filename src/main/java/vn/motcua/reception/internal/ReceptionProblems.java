package vn.motcua.reception.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The reception desk's own problems (texts in the message bundles). */
final class ReceptionProblems {

  private ReceptionProblems() {}

  /** A file part names a document kind the checklist does not have. */
  static final class UnknownDocumentKindException extends ErrorResponseException {
    UnknownDocumentKindException(String kind) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          body(HttpStatus.UNPROCESSABLE_ENTITY, "kind", kind),
          null,
          null,
          new Object[] {kind});
    }
  }

  /** A multipart intake without its {@code dossier} part, or a file part not named document.Dn. */
  static final class BadPartException extends ErrorResponseException {
    BadPartException(String part) {
      super(
          HttpStatus.BAD_REQUEST,
          body(HttpStatus.BAD_REQUEST, "part", part),
          null,
          null,
          new Object[] {part});
    }
  }

  private static ProblemDetail body(HttpStatus status, String name, String value) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setProperty(name, value);
    return problem;
  }
}
