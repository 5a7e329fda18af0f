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

  /** A signed head whose signature is not the audit signing key's over its fields. */
  static final class HeadSignatureException extends ErrorResponseException {
    HeadSignatureException() {
      super(
          HttpStatus.BAD_REQUEST,
          ProblemDetail.forStatus(HttpStatus.BAD_REQUEST),
          null,
          "problem.audit.head-signature",
          null);
    }
  }

  /** {@code GET /api/audit/verify?against=} something other than {@code file}. */
  static final class AgainstException extends ErrorResponseException {
    AgainstException() {
      super(HttpStatus.BAD_REQUEST, problem(), null, "problem.audit.against", null);
    }

    private static ProblemDetail problem() {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
      problem.setProperty("errors", List.of(Map.of("field", "against", "reason", "unknown")));
      return problem;
    }
  }

  /** A head is not signed over a chain that does not verify. */
  static final class ChainBrokenException extends ErrorResponseException {
    private final transient ChainVerifier.Verdict verdict;

    ChainBrokenException(ChainVerifier.Verdict verdict) {
      super(
          HttpStatus.CONFLICT,
          problem(verdict),
          null,
          "problem.audit.chain-broken",
          new Object[] {String.valueOf(verdict.brokenAt()), verdict.reason()});
      this.verdict = verdict;
    }

    ChainVerifier.Verdict verdict() {
      return verdict;
    }

    private static ProblemDetail problem(ChainVerifier.Verdict verdict) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
      problem.setProperty("brokenAt", verdict.brokenAt());
      problem.setProperty("reason", verdict.reason());
      return problem;
    }
  }
}
