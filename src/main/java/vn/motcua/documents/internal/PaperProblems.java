package vn.motcua.documents.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The papers API's problems, as RFC 9457 problem details; titles and details come from the message
 * bundles ({@code problemDetail.title.<class>}, {@code problemDetail.<class>}).
 */
final class PaperProblems {

  private PaperProblems() {}

  /** No paper has this form number. */
  static final class UnknownPaperException extends ErrorResponseException {
    UnknownPaperException(String form, List<String> known) {
      super(
          HttpStatus.NOT_FOUND,
          problem(HttpStatus.NOT_FOUND, Map.of("form", form)),
          null,
          null,
          new Object[] {form, String.join(", ", known)});
    }
  }

  /** The dossier has no such paper (yet): nothing was refused, supplemented, extended… */
  static final class PaperNotAvailableException extends ErrorResponseException {
    PaperNotAvailableException(String code, PaperForm form) {
      super(
          HttpStatus.NOT_FOUND,
          problem(HttpStatus.NOT_FOUND, Map.of("code", code, "form", form.number())),
          null,
          null,
          new Object[] {code, form.number(), form.title()});
    }
  }

  /** The official may not read this agency's register (form 07). */
  static final class RegisterForbiddenException extends ErrorResponseException {
    RegisterForbiddenException(String agency) {
      super(
          HttpStatus.FORBIDDEN,
          problem(HttpStatus.FORBIDDEN, Map.of("agency", agency)),
          null,
          null,
          new Object[] {agency});
    }
  }

  /** The register's period ends before it starts, or spans more than a year. */
  static final class RegisterPeriodException extends ErrorResponseException {
    RegisterPeriodException(Object from, Object to) {
      super(HttpStatus.BAD_REQUEST, period(), null, null, new Object[] {from, to});
    }

    private static ProblemDetail period() {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
      problem.setProperty("errors", List.of(Map.of("field", "to", "reason", "period")));
      return problem;
    }
  }

  /** {@code format} is neither html nor pdf; named as the bad field, like other bad parameters. */
  static final class UnsupportedFormatException extends ErrorResponseException {
    private final String allowed;

    UnsupportedFormatException(String format) {
      this(format, "papers.format.allowed");
    }

    /** {@code allowed}: the message key saying which formats are (the register's include xlsx). */
    UnsupportedFormatException(String format, String allowed) {
      super(
          HttpStatus.BAD_REQUEST,
          problem(HttpStatus.BAD_REQUEST, Map.of()),
          null,
          null,
          new Object[] {format});
      this.allowed = allowed;
    }

    @Override
    public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
      ProblemDetail body = super.updateAndGetBody(messages, locale);
      String message =
          messages == null ? "html, pdf" : messages.getMessage(allowed, null, "html, pdf", locale);
      body.setProperty("errors", List.of(Map.of("field", "format", "message", message)));
      return body;
    }
  }

  private static ProblemDetail problem(HttpStatus status, Map<String, String> properties) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    properties.forEach(problem::setProperty);
    return problem;
  }
}
