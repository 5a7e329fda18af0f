package vn.motcua.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link EngineApiGuard} on the engine REST API and the Camunda webapps (their API and
 * their pages), after Spring Security and after Camunda's authentication filters ({@link
 * EngineAuthenticationFilters}).
 */
@Configuration(proxyBeanMethods = false)
class EngineApiGuardFilter {

  private static final int AFTER_ENGINE_AUTHENTICATION =
      SecurityProperties.DEFAULT_FILTER_ORDER + 2;

  @Bean
  FilterRegistrationBean<EngineApiGuard> engineApiGuard(
      TaskFormFields formFields,
      EngineApiProblems problems,
      IdentityService identity,
      ObjectMapper json,
      EngineApiPasswords passwords) {
    var registration =
        new FilterRegistrationBean<>(
            new EngineApiGuard(formFields, problems, identity, json, passwords));
    registration.setName("motcua-engine-api-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/camunda/app/*");
    registration.setOrder(AFTER_ENGINE_AUTHENTICATION);
    return registration;
  }
}
