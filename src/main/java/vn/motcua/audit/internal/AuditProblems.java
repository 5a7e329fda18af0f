package vn.motcua.audit.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The audit API's problems; texts in the message bundles ({@code problem.audit.*}). */
final class AuditProblems {

  private AuditProblems() {}

  /** {@code GET /api/audit} without a dossier, nor a subject type and id. */
  static final class AuditQueryException extends ErrorResponseException {
    AuditQueryException() {
      super(HttpStatus.BAD_REQUEST, problem(), null, "problem.audit.query", null);
    }

    private static ProblemDetail problem() {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
      problem.setProperty(
          "errors",
          List.of(
              Map.of("field", "dossier", "reason", "missing"),
              Map.of("field", "subjectType", "reason", "missing"),
              Map.of("field", "subjectId", "reason", "missing")));
      return problem;
    }
  }
}
