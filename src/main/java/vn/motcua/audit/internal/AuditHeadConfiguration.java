package vn.motcua.audit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The signed head's schedule ({@link AuditHeads#signPeriodically()}, on every node) and its public
 * read. {@code GET /api/audit/head} is open to anyone: a third-party auditor copies it without an
 * account, and it tells only how many entries the trail has and the hash of the last one, nothing
 * of their content. Its own filter chain, ahead of the API's ({@code @Order(1)}), keeps the rule
 * with the endpoint; everything else under {@code /api/audit} stays behind the API's login.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditHeadConfiguration {

  @Bean
  @Order(0)
  SecurityFilterChain publicAuditHead(HttpSecurity http) throws Exception {
    return http.securityMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/audit/head"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
