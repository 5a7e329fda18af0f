package vn.motcua.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The civil servant behind the current request: their user id and Camunda groups. The groups are
 * read from the engine's identity tables once per request, not from the login, so that a role lent
 * by a delegation (or taken away) counts from the next request on. An API call authenticated in
 * this request has them already (see {@link #GROUPS}).
 */
@Component
public class CurrentOfficial {

  /**
   * The request attribute holding the groups read for this request: set here on first use, or by
   * the authentication of an API call (HTTP Basic), which reads them anyway.
   */
  public static final String GROUPS = CurrentOfficial.class.getName() + ".groups";

  private final IdentityService identity;

  CurrentOfficial(IdentityService identity) {
    this.identity = identity;
  }

  public String id() {
    return authentication().getName();
  }

  /** The Camunda groups of the user, e.g. {@code 000.00.01.H99:reception}. */
  @SuppressWarnings("unchecked")
  public Set<String> groups() {
    Authentication authentication = authentication();
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null
        && request.getAttribute(GROUPS, RequestAttributes.SCOPE_REQUEST) instanceof Set<?> cached) {
      return (Set<String>) cached;
    }
    Set<String> groups =
        identity.createGroupQuery().groupMember(authentication.getName()).list().stream()
            .map(Group::getId)
            .collect(Collectors.toUnmodifiableSet());
    if (request != null) {
      request.setAttribute(GROUPS, groups, RequestAttributes.SCOPE_REQUEST);
    }
    return groups;
  }

  public boolean isAdmin() {
    return groups().contains(Groups.CAMUNDA_ADMIN);
  }

  public boolean inGroup(String groupId) {
    return groups().contains(groupId);
  }

  private static Authentication authentication() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new AuthenticationCredentialsNotFoundException("no authenticated user");
    }
    return authentication;
  }
}
