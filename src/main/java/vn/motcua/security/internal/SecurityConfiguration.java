package vn.motcua.security.internal;

import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains. Our API ({@code /api/**}) takes HTTP Basic on every call from API clients
 * and the session of our login page from browsers: a browser is never challenged for Basic
 * credentials (a page load goes to the login page and comes back, a script gets a 401 problem), and
 * its state-changing calls carry the session's CSRF token ({@link BrowserRequests}); Basic calls
 * need none. The engine REST API ({@code /engine-rest/**}) takes HTTP Basic only and no session:
 * the Camunda webapps reach the engine through their own {@code /camunda/api/engine} with their own
 * CSRF protection, so a browser session has no need of it (least privilege). Everything else (our
 * pages and the Camunda webapps) uses one form login. One CSRF token repository (the session's)
 * serves the pages and the API, so the token a page carries is valid for its calls to the API.
 * Pages under {@code /admin/} are for administrators ({@code camunda-admin}); others get 403.
 * Failed sign-ins on all three are throttled ({@link SignInThrottle}); our pages carry a
 * Content-Security-Policy ({@link ContentSecurityPolicy}), Referrer-Policy and Permissions-Policy.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, SecurityProblems problems) throws Exception {
    var entryPoint = new ProblemAuthenticationEntryPoint(problems, "/login");
    HttpSessionRequestCache pageLoads = new HttpSessionRequestCache();
    pageLoads.setRequestMatcher(BrowserRequests::isNavigation);
    return http.securityMatcher(pathPattern("/api/**"))
        .authorizeHttpRequests(
            requests ->
                requests
                    // citizens need appointment dates: the working calendar is public to read
                    .requestMatchers(HttpMethod.GET, "/api/calendar/**")
                    .permitAll()
                    // the catalogue of procedures is published to everyone
                    .requestMatchers(HttpMethod.GET, "/api/procedures", "/api/procedures/**")
                    .permitAll()
                    // citizens' endpoints (online submission, status lookup, rating, feedback):
                    // rate-limited per client, a dossier revealed only with its code and a secret
                    .requestMatchers(pathPattern("/api/public/**"))
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(new CsrfProblemHandler(problems)))
        // reads the session of the login page, never starts one for a Basic call
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.requestCache(pageLoads))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .requireCsrfProtectionMatcher(BrowserRequests.needingCsrfToken()))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain engineRestChain(HttpSecurity http, SecurityProblems problems)
      throws Exception {
    var entryPoint = new ProblemAuthenticationEntryPoint(problems, null);
    return http.securityMatcher(pathPattern("/engine-rest/**"))
        .authorizeHttpRequests(
            requests ->
                requests
                    // checks a password outside the sign-in throttle: guessing at engine speed
                    .requestMatchers(HttpMethod.POST, "/engine-rest/identity/verify")
                    .denyAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(new AccessDeniedHandlerImpl()))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        pathPattern("/login"),
                        pathPattern("/css/**"),
                        pathPattern("/favicon.ico"),
                        pathPattern("/error"),
                        pathPattern("/actuator/health"),
                        // the public status page of a dossier (receipt 01's QR code), by token
                        pathPattern("/status/*"),
                        // citizens' pages (catalogue, online submission, lookup, rating, feedback)
                        // and the form viewer and scripts they load
                        pathPattern("/public/**"),
                        pathPattern("/js/public/**"),
                        pathPattern("/vendor/form-js/**"))
                    .permitAll()
                    // the webapps' own login checks passwords outside the sign-in throttle; they
                    // are signed in by our login page (container-based), so it is not needed
                    .requestMatchers(pathPattern("/camunda/api/admin/auth/user/*/login/**"))
                    .denyAll()
                    // the organisation admin page and whatever joins it under /admin
                    .requestMatchers(pathPattern("/admin/**"))
                    .hasAuthority(Groups.CAMUNDA_ADMIN)
                    .anyRequest()
                    .authenticated())
        // after sign-in, back to the page asked for as it was (no "?continue" replay of the saved
        // request): with a task link's fragment, which the login page carries along
        .requestCache(cache -> cache.requestCache(plainRequestCache()))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(signInFailures())
                    .permitAll())
        .addFilterBefore(new ContentSecurityPolicy(), HeaderWriterFilter.class)
        .headers(
            headers ->
                headers
                    .referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .permissionsPolicyHeader(
                        permissions -> permissions.policy(ContentSecurityPolicy.PERMISSIONS)))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .exceptionHandling(errors -> errors.accessDeniedHandler(new CsrfProblemHandler(null)))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    // the public status lookup changes nothing and must start no session
                    .ignoringRequestMatchers(
                        pathPattern("/camunda/api/**"), pathPattern("/public/status")))
        .build();
  }

  /** A throttled sign-in says so on the login page; any other failure says "wrong password". */
  private static AuthenticationFailureHandler signInFailures() {
    var handler = new ExceptionMappingAuthenticationFailureHandler();
    handler.setExceptionMappings(Map.of(SignInThrottled.class.getName(), "/login?throttled"));
    handler.setDefaultFailureUrl("/login?error");
    return handler;
  }

  private static HttpSessionRequestCache plainRequestCache() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setMatchingRequestParameterName(null);
    return cache;
  }

  private static RequestMatcher pathPattern(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }
}
