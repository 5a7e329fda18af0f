package vn.motcua.worklist.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Refused absences and delegations; texts in the message bundles ({@code problem.absence.*}). */
final class AbsenceProblems {

  private AbsenceProblems() {}

  /** One refused absence; {@code reason} picks the message. */
  static final class AbsenceException extends ErrorResponseException {
    AbsenceException(HttpStatus status, String reason, String field, Object... args) {
      super(status, problem(status, field, reason), null, "problem.absence." + reason, args);
    }

    private static ProblemDetail problem(HttpStatus status, String field, String reason) {
      ProblemDetail problem = ProblemDetail.forStatus(status);
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
      return problem;
    }
  }

  static AbsenceException unknown(String field, String value) {
    return new AbsenceException(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-" + field, field, value);
  }

  static AbsenceException noRole(String official, String agency) {
    return new AbsenceException(
        HttpStatus.UNPROCESSABLE_ENTITY, "no-role", "official", official, agency);
  }

  static AbsenceException period(String field, String value) {
    return new AbsenceException(HttpStatus.UNPROCESSABLE_ENTITY, "period", field, value);
  }

  static AbsenceException deputy(String deputy) {
    return new AbsenceException(HttpStatus.UNPROCESSABLE_ENTITY, "deputy", "deputy", deputy);
  }

  static AbsenceException deputyAway(String deputy) {
    return new AbsenceException(HttpStatus.CONFLICT, "deputy-away", "deputy", deputy);
  }

  static AbsenceException overlap(String official) {
    return new AbsenceException(HttpStatus.CONFLICT, "overlap", "official", official);
  }

  static AbsenceException notFound(long id) {
    return new AbsenceException(HttpStatus.NOT_FOUND, "not-found", "id", id);
  }

  static AbsenceException over(long id) {
    return new AbsenceException(HttpStatus.CONFLICT, "over", "id", id);
  }
}
