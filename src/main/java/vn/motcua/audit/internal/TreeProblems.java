package vn.motcua.audit.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The Merkle tree API's problems; texts in the message bundles ({@code problem.audit.tree-*}). */
final class TreeProblems {

  private TreeProblems() {}

  /** A range of tree sizes that is not one: negative, or from after to. */
  static final class RangeException extends ErrorResponseException {
    RangeException(String field, String reason) {
      super(HttpStatus.BAD_REQUEST, problem(field, reason), null, "problem.audit.tree-range", null);
    }

    private static ProblemDetail problem(String field, String reason) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
      return problem;
    }
  }

  /** No signed tree head of this size. */
  static final class UnknownHeadException extends ErrorResponseException {
    UnknownHeadException(long size) {
      super(
          HttpStatus.NOT_FOUND,
          ProblemDetail.forStatus(HttpStatus.NOT_FOUND),
          null,
          "problem.audit.tree-head",
          new Object[] {String.valueOf(size)});
    }
  }
}
