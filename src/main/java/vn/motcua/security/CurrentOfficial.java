package vn.motcua.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The civil servant behind the current request: their user id and Camunda groups. */
@Component
public class CurrentOfficial {

  public String id() {
    return authentication().getName();
  }

  /** The Camunda groups of the user, e.g. {@code 000.00.01.H99:reception}. */
  public Set<String> groups() {
    return authentication().getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(Collectors.toUnmodifiableSet());
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
