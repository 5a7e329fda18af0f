package vn.motcua.audit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The tree's public reads, like {@code GET /api/audit/head} ({@link AuditHeadConfiguration}): the
 * signed tree heads and the consistency proofs between them hold sizes, hashes and times, nothing
 * of an entry, and an outside auditor reads them without an account. Sealing, verifying and a
 * dossier's proofs stay behind the API's login.
 */
@Configuration(proxyBeanMethods = false)
class TreeConfiguration {

  @Bean
  @Order(0)
  SecurityFilterChain publicAuditTree(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return http.securityMatcher(
            new OrRequestMatcher(
                paths.matcher(HttpMethod.GET, "/api/audit/tree/head"),
                paths.matcher(HttpMethod.GET, "/api/audit/tree/heads"),
                paths.matcher(HttpMethod.GET, "/api/audit/tree/consistency")))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
