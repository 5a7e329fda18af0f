package vn.motcua.dossier.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import vn.motcua.dossier.DossierStatus;

/**
 * The dossier API's own problems, as RFC 9457 problem details; titles and details come from the
 * message bundles ({@code problemDetail.title.<class>}, {@code problemDetail.<class>}).
 */
final class DossierProblems {

  private DossierProblems() {}

  /** The body names a procedure that is not deployed. */
  static final class UnknownProcedureException extends ErrorResponseException {
    UnknownProcedureException(String key) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          problem(HttpStatus.UNPROCESSABLE_ENTITY, "procedure", key),
          null,
          null,
          new Object[] {key});
    }
  }

  /** The body names an agency that does not exist. */
  static final class UnknownAgencyException extends ErrorResponseException {
    UnknownAgencyException(String code) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          problem(HttpStatus.UNPROCESSABLE_ENTITY, "agency", code),
          null,
          null,
          new Object[] {code});
    }
  }

  /** No dossier has this code. */
  static final class DossierNotFoundException extends ErrorResponseException {
    DossierNotFoundException(String code) {
      super(
          HttpStatus.NOT_FOUND,
          problem(HttpStatus.NOT_FOUND, "code", code),
          null,
          null,
          new Object[] {code});
    }
  }

  /** The dossier's processing has ended; its clock can no longer pause. */
  static final class DossierFinishedException extends ErrorResponseException {
    DossierFinishedException(String code) {
      super(
          HttpStatus.CONFLICT,
          problem(HttpStatus.CONFLICT, "code", code),
          null,
          null,
          new Object[] {code});
    }
  }

  /** The dossier's legal clock is paused already. */
  static final class ClockAlreadyPausedException extends ErrorResponseException {
    ClockAlreadyPausedException(String code) {
      super(
          HttpStatus.CONFLICT,
          problem(HttpStatus.CONFLICT, "code", code),
          null,
          null,
          new Object[] {code});
    }
  }

  /** The dossier's legal clock is running; there is nothing to resume. */
  static final class ClockNotPausedException extends ErrorResponseException {
    ClockNotPausedException(String code) {
      super(
          HttpStatus.CONFLICT,
          problem(HttpStatus.CONFLICT, "code", code),
          null,
          null,
          new Object[] {code});
    }
  }

  /** The action is not allowed in the dossier's current status. */
  static final class IllegalTransitionException extends ErrorResponseException {
    IllegalTransitionException(String code, DossierStatus status, DossierTransitions action) {
      super(
          HttpStatus.CONFLICT,
          transition(code, status, action),
          null,
          null,
          new Object[] {code, status.name(), action.name()});
    }

    private static ProblemDetail transition(
        String code, DossierStatus status, DossierTransitions action) {
      ProblemDetail problem = problem(HttpStatus.CONFLICT, "code", code);
      problem.setProperty("currentStatus", status.name());
      problem.setProperty("action", action.name());
      return problem;
    }
  }

  /** The appointment date was already extended once (Decree 118 Art. 19(6): only once). */
  static final class AlreadyExtendedException extends ErrorResponseException {
    AlreadyExtendedException(String code) {
      super(
          HttpStatus.CONFLICT,
          problem(HttpStatus.CONFLICT, "code", code),
          null,
          null,
          new Object[] {code});
    }
  }

  /** The new appointment date is not after the current one. */
  static final class NewDueDateTooEarlyException extends ErrorResponseException {
    NewDueDateTooEarlyException(String code) {
      super(
          HttpStatus.BAD_REQUEST,
          problem(HttpStatus.BAD_REQUEST, "field", "newDueAt"),
          null,
          null,
          new Object[] {code});
    }
  }

  /** Returning a result is the one-stop desk's work. */
  static final class NotReceptionException extends ErrorResponseException {
    NotReceptionException(String code) {
      super(
          HttpStatus.FORBIDDEN,
          problem(HttpStatus.FORBIDDEN, "code", code),
          null,
          null,
          new Object[] {code});
    }
  }

  private static ProblemDetail problem(HttpStatus status, String name, String value) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setProperty(name, value);
    return problem;
  }
}
