package vn.motcua.engine.internal;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.web.ErrorResponseException;
import vn.motcua.web.EngineRefusal;

/**
 * Lets a refusal raised inside the engine reach the caller as itself. The product's listeners check
 * the official's role when a step's decision changes a dossier (a refusal at reception, say) and
 * throw Camunda's {@link AuthorizationException}; called from an expression, Camunda wraps it in a
 * plain {@link ProcessEngineException} ({@code JuelExpression#getValue} wraps every cause), so the
 * engine REST API would answer 500 instead of 403. Likewise a problem of the product ({@link
 * ErrorResponseException}: a new appointment date before the old one, a transition the dossier's
 * status forbids) would come out as a 500 with Java text. This interceptor, inside the command
 * context (so that the context logs a refusal at debug level, not as an error with its stack
 * trace), rethrows the innermost authorization refusal it finds in the causes, else the first
 * problem as a {@link RefusedInCommand}; {@link RefusalsForCallers} hands that on. Hand-written:
 * Camunda has no option for it.
 */
final class RefusalsUnwrapped extends CommandInterceptor {

  private static final int MAX_DEPTH = 16;

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RefusedInCommand | AuthorizationException refusal) {
      throw refusal;
    } catch (ErrorResponseException problem) {
      throw new RefusedInCommand(problem);
    } catch (ProcessEngineException e) {
      AuthorizationException refusal = refusalIn(e);
      if (refusal != null) {
        throw refusal;
      }
      ErrorResponseException problem = problemIn(e);
      throw problem != null ? new RefusedInCommand(problem) : e;
    }
  }

  static AuthorizationException refusalIn(Throwable e) {
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && cause != e && depth < MAX_DEPTH; depth++) {
      if (cause instanceof AuthorizationException refusal) {
        return refusal;
      }
      cause = cause.getCause();
    }
    return null;
  }

  /** The first problem of the product in {@code e} or its causes (a nested command's too). */
  static ErrorResponseException problemIn(Throwable e) {
    Throwable cause = e;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (cause instanceof EngineRefusal refusal) {
        return refusal.problem();
      }
      if (cause instanceof RefusedInCommand refusal) {
        return refusal.problem();
      }
      if (cause instanceof ErrorResponseException problem) {
        return problem;
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    return null;
  }
}
