package vn.motcua.catalogue.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The catalogue's problems, as RFC 9457 problem details with texts from the message bundles. */
final class CatalogueProblems {

  private CatalogueProblems() {}

  /** No procedure is deployed under this key. */
  static final class UnknownProcedureException extends ErrorResponseException {
    UnknownProcedureException(String key) {
      super(HttpStatus.NOT_FOUND, problem(key), null, null, new Object[] {key});
    }

    static ProblemDetail problem(String key) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
      problem.setProperty("procedure", key);
      return problem;
    }
  }

  /** The procedure's start event has no form. */
  static final class NoStartFormException extends ErrorResponseException {
    NoStartFormException(String key) {
      super(
          HttpStatus.NOT_FOUND,
          UnknownProcedureException.problem(key),
          null,
          null,
          new Object[] {key});
    }
  }
}
