package vn.motcua.engine.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Registers {@link DeploymentUploadLimit} on the engine REST API and on the webapps' copy of it,
 * early in the chain (before authentication), so that no caller can fill the heap with an upload.
 */
@Configuration(proxyBeanMethods = false)
class DeploymentUploadConfiguration {

  @Bean
  FilterRegistrationBean<DeploymentUploadLimit> deploymentUploadLimit(
      @Value("${motcua.deployment.max-request-size:20MB}") DataSize maxRequestSize,
      ObjectMapper json,
      MessageSource messages,
      LocaleResolver locales) {
    var registration =
        new FilterRegistrationBean<>(
            new DeploymentUploadLimit(maxRequestSize.toBytes(), json, messages, locales));
    registration.setName("motcua-deployment-upload-limit");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
