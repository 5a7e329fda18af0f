package vn.motcua.security.internal;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user Spring Security authenticated on to the engine ("container-based" authentication):
 * the engine REST API and the Camunda webapps read {@code getUserPrincipal()}, load the user's
 * groups and tenants and run every call with them, so Camunda authorizations apply. Both filters
 * run right after Spring Security's filter chain.
 */
@Configuration(proxyBeanMethods = false)
class EngineAuthenticationFilters {

  private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;
  private static final String PROVIDER = ContainerBasedAuthenticationProvider.class.getName();

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("motcua-engine-rest-authentication");
    registration.addInitParameter("authentication-provider", PROVIDER);
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("motcua-webapp-authentication");
    registration.addInitParameter("authentication-provider", PROVIDER);
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }
}
