package vn.motcua.security.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.motcua.security.CurrentOfficial;

/**
 * Checks user name and password against Camunda's identity tables (salted hashes, with Camunda's
 * own short delay after a failure) unless {@link SignInThrottle} refuses first, and grants the
 * user's Camunda groups as authorities; an API call's request keeps them for {@link
 * CurrentOfficial}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final SignInThrottle throttle;

  CamundaIdentityAuthenticationProvider(IdentityService identity, SignInThrottle throttle) {
    this.identity = identity;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || user.isBlank() || password == null) {
      throw new BadCredentialsException("bad credentials");
    }
    String client =
        authentication.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : null;
    // throttled: the password is not even checked, so guessing goes no faster
    throttle
        .refusal(user, client)
        .ifPresent(
            wait -> {
              throw new SignInThrottled(wait);
            });
    if (!identity.checkPassword(user, password.toString())) {
      throttle.failed(user, client);
      throw new BadCredentialsException("bad credentials");
    }
    Set<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId)
            .collect(Collectors.toUnmodifiableSet());
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      // the same request's CurrentOfficial needs not read them again
      request.setAttribute(CurrentOfficial.GROUPS, groups, RequestAttributes.SCOPE_REQUEST);
    }
    return UsernamePasswordAuthenticationToken.authenticated(
        user, null, groups.stream().map(SimpleGrantedAuthority::new).toList());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
