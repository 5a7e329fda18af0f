package vn.motcua.engine.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.motcua.engine.EngineLists;

/**
 * Installs the engine's safety in preInit: the deployment check before every other pre-deployer,
 * the guarded expression manager (replacing the Spring one the starter's factory bean set, with the
 * same Spring beans), no script engines, the filter service that checks stored expressions, and the
 * refusals of the product's listeners unwrapped ({@link RefusalsUnwrapped}, {@link
 * RefusalsForCallers}).
 */
@Component
class EngineSafetyPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;
  private final ExpressionAllowList expressions;
  private final long maxResourceBytes;

  EngineSafetyPlugin(
      ApplicationContext context,
      @Value("${motcua.deployment.max-resource-size:5MB}") DataSize maxResourceSize) {
    this.context = context;
    this.expressions = new ExpressionAllowList(context::containsBean);
    this.maxResourceBytes = maxResourceSize.toBytes();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    new DeploymentSafety(new ResourceRules(expressions), maxResourceBytes).install(configuration);
    configuration.setExpressionManager(
        new GuardedExpressionManager(context, configuration.getBeans()));
    configuration.setScriptEngineResolver(new NoScriptEngines());
    configuration.setEnableFetchScriptEngineFromProcessApplication(false);
    configuration.setFilterService(new CheckedFilterService(expressions));
    configuration.setCustomPreCommandInterceptorsTxRequired(
        EngineLists.prepend(
            configuration.getCustomPreCommandInterceptorsTxRequired(), new RefusalsForCallers()));
    configuration.setCustomPostCommandInterceptorsTxRequired(
        EngineLists.prepend(
            configuration.getCustomPostCommandInterceptorsTxRequired(), new RefusalsUnwrapped()));
  }
}
