package vn.motcua.calendar.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Bad calendar input, as a 400 problem detail naming the field (texts in the message bundles). */
final class CalendarProblems {

  private CalendarProblems() {}

  /**
   * One parameter or field is wrong; {@code reason} picks the message {@code
   * problem.calendar.<reason>}.
   */
  static final class InvalidCalendarInputException extends ErrorResponseException {
    InvalidCalendarInputException(String field, String reason) {
      super(
          HttpStatus.BAD_REQUEST,
          problem(field, reason),
          null,
          "problem.calendar." + reason,
          new Object[] {field});
    }

    private static ProblemDetail problem(String field, String reason) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
      return problem;
    }
  }
}
