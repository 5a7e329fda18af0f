package vn.motcua.studio.internal;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import vn.motcua.catalogue.ModelProblem;

/** The studio's problems, as RFC 9457 problem details with texts from the message bundles. */
final class StudioProblems {

  private StudioProblems() {}

  /** 422: the model has errors, or the engine refused it; nothing was deployed. */
  static final class NotPublishable extends ErrorResponseException {
    NotPublishable(List<ModelProblem> problems) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          problem(problems),
          null,
          null,
          new Object[] {count(problems)});
    }

    private static long count(List<ModelProblem> problems) {
      return problems.stream().filter(ModelProblem::isError).count();
    }

    private static ProblemDetail problem(List<ModelProblem> problems) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
      problem.setProperty("problems", problems);
      return problem;
    }
  }

  /** 400: a field of the request is missing or malformed. */
  static final class InvalidField extends ErrorResponseException {
    InvalidField(String field) {
      super(
          HttpStatus.BAD_REQUEST,
          problem(HttpStatus.BAD_REQUEST, "field", field),
          null,
          null,
          new Object[] {field});
    }
  }

  /** 404: no procedure (or no such version of it) is deployed. */
  static final class UnknownProcedure extends ErrorResponseException {
    UnknownProcedure(String key, Integer version) {
      super(
          HttpStatus.NOT_FOUND,
          problem(HttpStatus.NOT_FOUND, "procedure", key),
          null,
          null,
          new Object[] {key, version == null ? "" : String.valueOf(version)});
    }
  }

  /** 409: a procedure with this key exists already; a template starts a new one. */
  static final class ProcedureExists extends ErrorResponseException {
    ProcedureExists(String key) {
      super(
          HttpStatus.CONFLICT,
          problem(HttpStatus.CONFLICT, "procedure", key),
          null,
          null,
          new Object[] {key});
    }
  }

  /** 404: no element template file by this name. */
  static final class UnknownTemplate extends ErrorResponseException {
    UnknownTemplate(String file) {
      super(
          HttpStatus.NOT_FOUND,
          problem(HttpStatus.NOT_FOUND, "file", file),
          null,
          null,
          new Object[] {file});
    }
  }

  private static ProblemDetail problem(HttpStatus status, String name, Object value) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setProperty(name, value);
    return problem;
  }
}
