package vn.motcua.engine.internal;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.web.ErrorResponseException;

/**
 * A problem of the product on its way out of a command ({@link RefusalsUnwrapped}): a {@link
 * BadUserRequestException}, which Camunda's command context logs at debug level, where it logs any
 * other exception as an error with its stack trace. {@link RefusalsForCallers} turns it into what
 * callers see.
 */
final class RefusedInCommand extends BadUserRequestException {

  private final transient ErrorResponseException problem;

  RefusedInCommand(ErrorResponseException problem) {
    super("refused: " + problem.getStatusCode(), problem);
    this.problem = problem;
  }

  ErrorResponseException problem() {
    return problem;
  }
}
