package vn.motcua.dossier.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 422: the intake data does not fit the procedure's start form; {@code errors} names each field.
 */
class IntakeProblem extends ErrorResponseException {

  /** One field and what is wrong with it, in the user's language. */
  record FieldError(String field, String message) {}

  IntakeProblem(List<FieldError> errors, MessageSource messages, Locale locale) {
    this("intake.problem", errors, messages, locale);
  }

  /** {@code prefix}: the message codes {@code <prefix>.title} and {@code <prefix>.detail}. */
  IntakeProblem(String prefix, List<FieldError> errors, MessageSource messages, Locale locale) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, body(prefix, errors, messages, locale), null);
  }

  private static ProblemDetail body(
      String prefix, List<FieldError> errors, MessageSource messages, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
    problem.setTitle(messages.getMessage(prefix + ".title", null, locale));
    problem.setDetail(
        messages.getMessage(
            prefix + ".detail",
            new Object[] {
              errors.stream().map(FieldError::message).collect(Collectors.joining(" "))
            },
            locale));
    problem.setProperty("errors", errors);
    return problem;
  }
}
