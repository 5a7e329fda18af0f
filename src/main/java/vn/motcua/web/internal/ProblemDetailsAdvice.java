package vn.motcua.web.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem detail in the user's language (Accept-Language, Vietnamese
 * by default). Invalid bodies name each bad field; unexpected failures never show a stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  /** One bad field: its JSON path and what is wrong with it. */
  record FieldProblem(String field, String message) {}

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
            .sorted((a, b) -> a.field().compareTo(b.field()))
            .toList();
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "invalid",
            locale,
            errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")));
    problem.setProperty("errors", errors);
    return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem;
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      problem = problem(HttpStatus.BAD_REQUEST, "invalid", locale, field);
      problem.setProperty(
          "errors", List.of(new FieldProblem(field, text("problem.field.unreadable", locale))));
    } else {
      problem = problem(HttpStatus.BAD_REQUEST, "unreadable", locale);
    }
    return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
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
            .sorted((a, b) -> a.field().compareTo(b.field()))
            .toList();
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            "invalid",
            locale,
            errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")));
    problem.setProperty("errors", errors);
    return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  private ResponseEntity<Object> fieldProblem(
      Exception e, String field, String messageCode, WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", locale, field);
    problem.setProperty("errors", List.of(new FieldProblem(field, text(messageCode, locale))));
    return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> accessDenied(AccessDeniedException e, WebRequest request) {
    ProblemDetail problem =
        problem(HttpStatus.FORBIDDEN, "forbidden", LocaleContextHolder.getLocale());
    return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
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
