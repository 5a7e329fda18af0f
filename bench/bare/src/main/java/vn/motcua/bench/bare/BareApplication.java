package vn.motcua.bench.bare;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The bare peer of Một Cửa's benchmark: Camunda 7.24 with its REST API at {@code /engine-rest},
 * Một Cửa's engine settings (application.yaml), the birth registration procedure stripped of our
 * listeners, the test communes' groups and civil servants ({@link BenchIdentities}), and one
 * bench-only endpoint ({@link BulkStart}). Nothing of Một Cửa's own code runs here.
 */
@SpringBootApplication
public class BareApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareApplication.class, args);
  }

  /** HTTP Basic authentication on the REST API against the engine's users: Camunda's own filter. */
  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-auth");
    registration.addInitParameter(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  BenchIdentities benchIdentities(@Value("${bench.communes:20}") int communes) {
    return new BenchIdentities(communes);
  }

  /**
   * The bench-only bulk start (see README.md): not part of any real deployment. Servlets are
   * registered while the web server starts, before the engine exists, hence the providers.
   */
  @Bean
  ServletRegistrationBean<BulkStart> bulkStart(
      ObjectProvider<ProcessEngine> engine, @Value("${bench.communes:20}") int communes) {
    return new ServletRegistrationBean<>(new BulkStart(engine, communes), "/bench/start");
  }
}
