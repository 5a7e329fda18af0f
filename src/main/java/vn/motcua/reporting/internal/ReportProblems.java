package vn.motcua.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Refused report requests; texts in the message bundles ({@code problem.report.*}). */
final class ReportProblems {

  private ReportProblems() {}

  /** One refused request; {@code reason} picks the message. */
  static final class ReportException extends ErrorResponseException {
    ReportException(HttpStatus status, String reason, String field, Object... args) {
      super(status, problem(status, field, reason), null, "problem.report." + reason, args);
    }

    private static ProblemDetail problem(HttpStatus status, String field, String reason) {
      ProblemDetail problem = ProblemDetail.forStatus(status);
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
      return problem;
    }
  }

  static ReportException period(LocalDate from, LocalDate to) {
    return new ReportException(HttpStatus.BAD_REQUEST, "period", "to", from, to);
  }

  static ReportException agency(String agency) {
    return new ReportException(HttpStatus.FORBIDDEN, "agency", "agency", agency);
  }

  static ReportException procedure(String key) {
    return new ReportException(HttpStatus.NOT_FOUND, "procedure", "key", key);
  }

  static ReportException noScope() {
    return new ReportException(HttpStatus.FORBIDDEN, "no-scope", "agency");
  }
}
