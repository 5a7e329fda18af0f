package vn.motcua.applicant.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The online supplement's problems, as RFC 9457 problem details; titles and details come from the
 * message bundles ({@code problemDetail.title.<class>}, {@code problemDetail.<class>}).
 */
final class SupplementProblems {

  private SupplementProblems() {}

  /**
   * No dossier answers this code with this token: a wrong token and an unknown code get the same
   * answer, so codes cannot be probed.
   */
  static final class SupplementLinkNotFoundException extends ErrorResponseException {
    SupplementLinkNotFoundException() {
      super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null);
    }
  }

  /** The dossier does not await a supplement (never asked, or already supplemented or ended). */
  static final class NotAwaitingSupplementException extends ErrorResponseException {
    NotAwaitingSupplementException(String code) {
      super(HttpStatus.CONFLICT, body(HttpStatus.CONFLICT, "code", code), null, null, args(code));
    }
  }

  /** The request lacks documents, has too many, or its note is too long. */
  static final class InvalidSupplementException extends ErrorResponseException {
    InvalidSupplementException(String field, int max) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          body(HttpStatus.UNPROCESSABLE_ENTITY, "field", field),
          null,
          null,
          new Object[] {field, String.valueOf(max)});
    }
  }

  private static ProblemDetail body(HttpStatus status, String name, String value) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setProperty(name, value);
    return problem;
  }

  private static Object[] args(String value) {
    return new Object[] {value};
  }
}
