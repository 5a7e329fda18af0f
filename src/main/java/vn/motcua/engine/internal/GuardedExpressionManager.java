package vn.motcua.engine.internal;

import java.util.Map;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The Spring expression manager the starter would create ({@code
 * ProcessEngineFactoryBean#initializeExpressionManager}: Spring beans resolvable by name), with its
 * resolver chain wrapped in a {@link GuardingElResolver}. Installed in a plugin's preInit, which
 * runs after the factory bean set the default and before the engine adds its functions.
 */
final class GuardedExpressionManager extends SpringExpressionManager {

  GuardedExpressionManager(ApplicationContext context, Map<Object, Object> beans) {
    super(context, beans);
  }

  @Override
  protected ELResolver createElResolver() {
    return new GuardingElResolver(super.createElResolver());
  }
}
