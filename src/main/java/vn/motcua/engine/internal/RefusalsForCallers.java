package vn.motcua.engine.internal;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import vn.motcua.web.EngineRefusal;

/**
 * Outside the command context and its transaction (it runs after the rollback): a problem of the
 * product that {@link RefusalsUnwrapped} found reaches the caller as an {@link EngineRefusal},
 * which Camunda's REST API answers as the caller's error and our web layer as the problem itself;
 * an authorization refusal wrapped while the context closed is unwrapped as {@link
 * RefusalsUnwrapped} does inside it.
 */
final class RefusalsForCallers extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RefusedInCommand refusal) {
      throw new EngineRefusal(refusal.problem());
    } catch (EngineRefusal | AuthorizationException refusal) {
      throw refusal;
    } catch (ProcessEngineException e) {
      AuthorizationException refusal = RefusalsUnwrapped.refusalIn(e);
      throw refusal != null ? refusal : e;
    }
  }
}
