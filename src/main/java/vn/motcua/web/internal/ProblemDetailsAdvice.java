package vn.motcua.web.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.motcua.web.EngineRefusal;

/**
 * Every API error as an RFC 9457 problem detail in the user's language (Accept-Language, Vietnamese
 * by default). Invalid bodies name each bad field (a NUL character, a key given twice, a date out
 * of range, a null in a list: {@link JsonInputLimits}); a value the database cannot hold is the
 * request's fault (400, {@link BadValues}); unexpected failures never show a stack trace. A browser
 * asking for one of our pages gets an HTML page instead ({@link BrowserErrorPages}).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  private final MultipartProperties multipart;

  ProblemDetailsAdvice(MultipartProperties multipart) {
    this.multipart = multipart;
  }

  /** One bad field: its JSON path and what is wrong with it. */
  record FieldProblem(String field, String message) {}

  /** Every answer of this advice; a browser on one of our pages gets an HTML page instead. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return BrowserErrorPages.forBrowsers(
        e, super.handleExceptionInternal(e, body, headers, status, request), request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    List<FieldProblem> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldProblem(error.getField(), message(error, locale)))
            .toList();
    ProblemDetail problem = invalid(errors, locale);
    return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    Throwable cause = e.getCause();
    ProblemDetail problem;
    var nul = causeOf(e, NulRefusingJsonFactory.NulCharacterException.class);
    if (nul != null) {
      problem = fieldProblem(nul.field(), "problem.field.nul", locale);
    } else if (causeOf(e, StreamConstraintsException.class) != null) {
      problem =
          problem(
              HttpStatus.BAD_REQUEST,
              "limits",
              locale,
              JsonInputLimits.MAX_STRING,
              JsonInputLimits.MAX_DEPTH,
              JsonInputLimits.MAX_DOCUMENT / 1_000_000);
    } else if (cause instanceof JsonParseException parse
        && parse.getOriginalMessage() != null
        && parse.getOriginalMessage().startsWith("Duplicate field '")) {
      String message = parse.getOriginalMessage();
      String field = message.substring(17, Math.max(17, message.lastIndexOf('\'')));
      problem = fieldProblem(field, "problem.field.duplicate", locale);
    } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      String reason =
          mapping instanceof InvalidNullException
              ? "problem.field.null"
              : String.valueOf(mapping.getOriginalMessage()).contains("year outside")
                  ? "problem.field.year"
                  : "problem.field.unreadable";
      problem =
          fieldProblem(
              field,
              reason,
              locale,
              String.valueOf(YearRange.FIRST),
              String.valueOf(YearRange.LAST));
    } else {
      problem = problem(HttpStatus.BAD_REQUEST, "unreadable", locale);
    }
    return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  /** The first cause of {@code type} in the chain (Jackson may wrap what the parser threw). */
  private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  private ProblemDetail fieldProblem(String field, String code, Locale locale, Object... args) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", locale, field);
    problem.setProperty("errors", List.of(new FieldProblem(field, text(code, locale, args))));
    return problem;
  }

  /** An upload over Spring's multipart limits (the server's maximum per file and per request). */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    drainUpload(request, multipart.getMaxRequestSize().toBytes());
    ProblemDetail problem =
        problem(
            HttpStatus.PAYLOAD_TOO_LARGE,
            "upload-too-large",
            LocaleContextHolder.getLocale(),
            multipart.getMaxFileSize().toMegabytes(),
            multipart.getMaxRequestSize().toMegabytes());
    return handleExceptionInternal(e, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
  }

  /**
   * Reads what is left of a refused upload's body (at most {@code limit} bytes) before the 413 is
   * written. Tomcat closes the connection after a 413; unread bytes still arriving then reset it,
   * and the client, still sending, lost the answer now and then ({@link UploadRefusals} alone left
   * that race open).
   */
  private static void drainUpload(WebRequest request, long limit) {
    if (request instanceof ServletWebRequest servlet) {
      try {
        var body = servlet.getRequest().getInputStream();
        long left = limit;
        byte[] buffer = new byte[64 * 1024];
        for (int n;
            left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
          left -= n;
        }
      } catch (IOException | IllegalStateException e) {
        log.debug("the rest of a refused upload could not be read: {}", e.toString());
      }
    }
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return fieldProblem(e, e.getParameterName(), "problem.parameter.missing", request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return fieldProblem(e, e.getPropertyName(), "problem.parameter.type", request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    List<FieldProblem> errors =
        e.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(
                                    error instanceof FieldError field
                                        ? field.getField()
                                        : result.getMethodParameter().getParameterName(),
                                    getMessageSource().getMessage(error, locale))))
            .toList();
    ProblemDetail problem = invalid(errors, locale);
    return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  private ResponseEntity<Object> fieldProblem(
      Exception e, String field, String messageCode, WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", locale, field);
    problem.setProperty("errors", List.of(new FieldProblem(field, text(messageCode, locale))));
    return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
  }

  /** 400 naming each bad field, sorted by field, with what is wrong with it ({@code errors}). */
  private ProblemDetail invalid(List<FieldProblem> errors, Locale locale) {
    List<FieldProblem> sorted =
        errors.stream().sorted((a, b) -> a.field().compareTo(b.field())).toList();
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "invalid",
            locale,
            sorted.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")));
    problem.setProperty("errors", sorted);
    return problem;
  }

  /**
   * A constraint on a parameter of a {@code @Validated} controller (e.g. {@code limit} too large).
   */
  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolated(ConstraintViolationException e, WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    List<FieldProblem> errors =
        e.getConstraintViolations().stream()
            .map(
                violation ->
                    new FieldProblem(leaf(violation.getPropertyPath()), violation.getMessage()))
            .toList();
    ProblemDetail problem = invalid(errors, locale);
    return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
  }

  private static String leaf(Path path) {
    String name = null;
    for (Path.Node node : path) {
      name = node.getName();
    }
    return name == null ? path.toString() : name;
  }

  /** A problem of ours a listener raised inside an engine call: answered as the problem itself. */
  @ExceptionHandler(EngineRefusal.class)
  ResponseEntity<Object> refusedInEngine(EngineRefusal e, WebRequest request) {
    return handleErrorResponseException(
        e.problem(), e.problem().getHeaders(), e.problem().getStatusCode(), request);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> accessDenied(AccessDeniedException e, WebRequest request) {
    ProblemDetail problem =
        problem(HttpStatus.FORBIDDEN, "forbidden", LocaleContextHolder.getLocale());
    return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
  }

  /** Spring Security's firewall refusing a parameter the application read. */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<Object> rejected(RequestRejectedException e, WebRequest request) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "rejected", LocaleContextHolder.getLocale());
    return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
    if (BadValues.causedBy(e)) {
      // a value the database or java.time cannot hold (a NUL, a year -999999999, a text too
      // long for its column) that no earlier check caught: the request's fault, not ours
      log.warn("Value refused on {}: {}", request.getDescription(false), BadValues.describe(e));
      ProblemDetail problem =
          problem(HttpStatus.BAD_REQUEST, "value", LocaleContextHolder.getLocale());
      return handleExceptionInternal(
          e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }
    log.error("Unexpected error on {}", request.getDescription(false), e);
    ProblemDetail problem =
        problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", LocaleContextHolder.getLocale());
    return handleExceptionInternal(
        e, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
  }

  private ProblemDetail problem(HttpStatus status, String kind, Locale locale, Object... args) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(status, text("problem." + kind + ".detail", locale, args));
    problem.setTitle(text("problem." + kind + ".title", locale));
    return problem;
  }

  private String message(FieldError error, Locale locale) {
    return getMessageSource() == null
        ? error.getDefaultMessage()
        : getMessageSource().getMessage(error, locale);
  }

  private String text(String code, Locale locale, Object... args) {
    return getMessageSource().getMessage(code, args, code, locale);
  }
}
