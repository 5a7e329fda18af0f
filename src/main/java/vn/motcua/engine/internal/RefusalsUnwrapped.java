package vn.motcua.engine.internal;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Lets a refusal raised inside the engine reach the caller as itself. The product's listeners check
 * the official's role when a step's decision changes a dossier (a refusal at reception, say) and
 * throw Camunda's {@link AuthorizationException}; called from an expression, Camunda wraps it in a
 * plain {@link ProcessEngineException} ({@code JuelExpression#getValue} wraps every cause), so the
 * engine REST API would answer 500 instead of 403. This interceptor, outside the transaction (it
 * runs after the rollback), rethrows the innermost authorization refusal it finds in the causes.
 * Hand-written: Camunda has no option for it.
 */
final class RefusalsUnwrapped extends CommandInterceptor {

  private static final int MAX_DEPTH = 16;

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      AuthorizationException refusal = refusalIn(e);
      throw refusal != null ? refusal : e;
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
}
