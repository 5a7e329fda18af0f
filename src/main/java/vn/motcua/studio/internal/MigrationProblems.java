package vn.motcua.studio.internal;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The migration's problems, RFC 9457 problem details with texts from the message bundles. */
final class MigrationProblems {

  private MigrationProblems() {}

  /** No such procedure, or no such version of it. */
  static final class UnknownVersionException extends ErrorResponseException {
    UnknownVersionException(String key, Integer version) {
      super(
          HttpStatus.NOT_FOUND,
          problem(key, version),
          null,
          null,
          new Object[] {key, version == null ? "" : version});
    }

    private static ProblemDetail problem(String key, Integer version) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
      problem.setProperty("procedure", key);
      problem.setProperty("version", version);
      return problem;
    }
  }

  /** No migration with this id. */
  static final class UnknownMigrationException extends ErrorResponseException {
    UnknownMigrationException(String id) {
      super(
          HttpStatus.NOT_FOUND,
          ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
          null,
          null,
          new Object[] {id});
    }
  }

  /** The request is incomplete or contradicts itself: each field and why. */
  static final class InvalidRequestException extends ErrorResponseException {
    InvalidRequestException(List<String> errors) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          problem(errors),
          null,
          null,
          new Object[] {String.join("; ", errors)});
    }

    private static ProblemDetail problem(List<String> errors) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
      problem.setProperty("errors", errors);
      return problem;
    }
  }

  /** Camunda refuses the mapping itself (an unknown step, steps that cannot be mapped). */
  static final class InvalidPlanException extends ErrorResponseException {
    InvalidPlanException(List<String> failures) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          problem(failures),
          null,
          null,
          new Object[] {String.join("; ", failures)});
    }

    private static ProblemDetail problem(List<String> failures) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
      problem.setProperty("failures", failures);
      return problem;
    }
  }
}
