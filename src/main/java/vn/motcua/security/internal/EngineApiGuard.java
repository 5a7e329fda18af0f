package vn.motcua.security.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.web.ReplayedBodyRequest;

/**
 * Stands in front of the engine REST API and the webapps' API: administrators ({@code
 * camunda-admin}) reach everything, other officials what Tasklist needs ({@link EngineApiRules}); a
 * claim names the caller, and every task completion, an administrator's too, writes only its form's
 * fields ({@link TaskFormFields}), and a password set through Camunda (Admin's user creation, an
 * official's own password change) meets the policy ({@link EngineApiPasswords}). Refusals are
 * problem details ({@link EngineApiProblems}). Unauthenticated calls pass on to Spring Security's
 * answer.
 */
class EngineApiGuard extends OncePerRequestFilter {

  /**
   * The suffix of the reception groups ({@code <agency>:reception}, organization.Role#RECEPTION;
   * the organization module uses this one, so its name is repeated here).
   */
  static final String RECEPTION_GROUP_SUFFIX = ":reception";

  private static final Logger log = LoggerFactory.getLogger(EngineApiGuard.class);
  private static final int MAX_BODY = 1 << 20;

  private final TaskFormFields formFields;
  private final EngineApiProblems problems;
  private final IdentityService identity;
  private final ObjectMapper json;
  private final EngineApiPasswords passwords;

  EngineApiGuard(
      TaskFormFields formFields,
      EngineApiProblems problems,
      IdentityService identity,
      ObjectMapper json,
      EngineApiPasswords passwords) {
    this.passwords = passwords;
    this.formFields = formFields;
    this.problems = problems;
    this.identity = identity;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = request.getMethod();
    boolean admin =
        user.getAuthorities().stream().anyMatch(a -> Groups.CAMUNDA_ADMIN.equals(a.getAuthority()));
    EngineApiRules.Verdict verdict =
        EngineApiRules.of(method, path, request::getParameter, user.getName());
    log.debug("{} {} by {}: {}", method, path, user.getName(), verdict);
    switch (verdict) {
      case OPEN -> chain.doFilter(request, response);
      case ADMIN -> {
        if (admin) {
          chain.doFilter(request, response);
        } else {
          log.info("refused {} {} to {}: administrators only", method, path, user.getName());
          problems.adminOnly(request, response, method, path);
        }
      }
      case CLAIM -> {
        if (admin) {
          chain.doFilter(request, response);
          return;
        }
        ReplayedBodyRequest body = ReplayedBodyRequest.read(request, MAX_BODY);
        JsonNode claim = parse(body.body());
        String claimant = claim == null ? null : claim.path("userId").asText(null);
        if (user.getName().equals(claimant)) {
          chain.doFilter(body, response);
        } else {
          log.info("refused {} {} to {}: claim for {}", method, path, user.getName(), claimant);
          problems.claimForOther(request, response, claimant);
        }
      }
      case PASSWORD -> {
        ReplayedBodyRequest body = ReplayedBodyRequest.read(request, MAX_BODY);
        String account = EngineApiRules.credentialsOf(path);
        if (!admin && !user.getName().equals(account)) {
          log.info("refused {} {} to {}: administrators only", method, path, user.getName());
          problems.adminOnly(request, response, method, path);
          return;
        }
        List<String> weaknesses =
            asProduct(
                () -> passwords.weaknesses(account, parse(body.body()), problems.locale(request)));
        if (weaknesses.isEmpty()) {
          chain.doFilter(body, response);
        } else {
          log.info("refused {} {} to {}: weak password", method, path, user.getName());
          problems.weakPassword(request, response, weaknesses);
        }
      }
      case START -> {
        ReplayedBodyRequest body = ReplayedBodyRequest.read(request, MAX_BODY);
        JsonNode start = parse(body.body());
        boolean reception =
            user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().endsWith(RECEPTION_GROUP_SUFFIX));
        if (!admin && !reception) {
          log.info("refused {} {} to {}: reception officers only", method, path, user.getName());
          problems.adminOnly(request, response, method, path);
        } else if (start != null && start.hasNonNull("businessKey")) {
          problems.notOnForm(request, response, Set.of("businessKey"));
        } else {
          chain.doFilter(body, response);
        }
      }
      case FORM -> {
        ReplayedBodyRequest body = ReplayedBodyRequest.read(request, MAX_BODY);
        // a body this guard cannot read is not handed to a reader that might read it otherwise
        Set<String> refused =
            body.body().length > 0 && parse(body.body()) == null
                ? Set.of("variables")
                : asProduct(
                    () ->
                        formFields.refused(
                            EngineApiRules.completedTask(path), variables(body.body())));
        if (refused.isEmpty()) {
          chain.doFilter(body, response);
        } else {
          log.info(
              "refused {} {} to {}: not on the form: {}", method, path, user.getName(), refused);
          problems.notOnForm(request, response, refused);
        }
      }
    }
  }

  /** The {@code variables} of a completion body; an unreadable body is left to the engine. */
  private Map<String, JsonNode> variables(byte[] body) {
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    JsonNode root = parse(body);
    if (root != null && root.path("variables").isObject()) {
      root.get("variables").properties().forEach(e -> variables.put(e.getKey(), e.getValue()));
    }
    return variables;
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Runs {@code work} without the caller's engine authentication (set by Camunda's filters, which
   * run before this one): the guard reads the form and variables as the product does.
   */
  private <T> T asProduct(java.util.function.Supplier<T> work) {
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
