package vn.motcua.taskform.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Registers {@link DeployedFormPanel} innermost of the engine filters: after the engine
 * authentication, the engine API guard and the problem rewriting, right before the engine answers.
 */
@Configuration(proxyBeanMethods = false)
class PanelConfiguration {

  private static final int AFTER_ENGINE_FILTERS = SecurityProperties.DEFAULT_FILTER_ORDER + 4;

  @Bean
  FilterRegistrationBean<DeployedFormPanel> deployedFormPanel(
      PanelFacts facts,
      TaskService tasks,
      RuntimeService runtime,
      IdentityService identity,
      MessageSource messages,
      LocaleResolver locales,
      Clock clock,
      ObjectMapper json) {
    var registration =
        new FilterRegistrationBean<>(
            new DeployedFormPanel(facts, tasks, runtime, identity, messages, locales, clock, json));
    registration.setName("motcua-deployed-form-panel");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(AFTER_ENGINE_FILTERS);
    return registration;
  }
}
