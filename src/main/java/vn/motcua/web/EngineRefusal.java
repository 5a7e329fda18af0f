package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A problem of the product ({@link ErrorResponseException}: a 400, 409, 422 …) raised by a listener
 * or delegate inside an engine call, as the engine's interceptors unwrap it from Camunda's wrapping
 * exceptions. It is a {@link FormFieldValidationException} because that is what Camunda's REST API
 * answers as the caller's error when a step's form is submitted or its task completed (400, logged
 * at debug level, where any other engine exception is a 500 logged with its stack trace); the web
 * layer then answers with the problem's own status and detail in the caller's language, on {@code
 * /engine-rest} and on the webapps' {@code /camunda/api/engine} alike ({@link #raisedDuring}). Our
 * controllers answer it as the problem itself ({@link #problem()}).
 */
public final class EngineRefusal extends FormFieldValidationException {

  private static final String ATTRIBUTE = EngineRefusal.class.getName();

  private final transient ErrorResponseException problem;

  public EngineRefusal(ErrorResponseException problem) {
    super(problem.getStatusCode().value(), "refused: " + problem.getStatusCode(), problem);
    this.problem = problem;
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(ATTRIBUTE, this, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /** The product's problem, as its code threw it. */
  public ErrorResponseException problem() {
    return problem;
  }

  /** The refusal the engine raised while answering {@code request}, if one was. */
  public static Optional<EngineRefusal> raisedDuring(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof EngineRefusal refusal
        ? Optional.of(refusal)
        : Optional.empty();
  }
}
