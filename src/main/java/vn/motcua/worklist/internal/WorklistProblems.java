package vn.motcua.worklist.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The worklist actions' problems; texts in the message bundles ({@code problem.worklist.*}). */
final class WorklistProblems {

  private WorklistProblems() {}

  /** One problem with a step action; {@code reason} picks the message. */
  static final class StepActionException extends ErrorResponseException {
    StepActionException(HttpStatus status, String reason, String field, Object... args) {
      super(status, problem(status, field, reason), null, "problem.worklist." + reason, args);
    }

    private static ProblemDetail problem(HttpStatus status, String field, String reason) {
      ProblemDetail problem = ProblemDetail.forStatus(status);
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
      return problem;
    }
  }

  static StepActionException notFound(String taskId) {
    return new StepActionException(HttpStatus.NOT_FOUND, "task-not-found", "taskId", taskId);
  }

  static StepActionException claimedBy(String assignee) {
    return new StepActionException(HttpStatus.CONFLICT, "claimed", "taskId", assignee);
  }

  static StepActionException notInUnit(String user, String unit) {
    return new StepActionException(
        HttpStatus.UNPROCESSABLE_ENTITY, "not-in-unit", "to", user, unit);
  }

  static StepActionException noPreviousStep() {
    return new StepActionException(HttpStatus.CONFLICT, "no-previous-step", "taskId");
  }
}
