package vn.motcua.audit.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, for events that do not say: the user the engine runs the command for, else the
 * user of the request, else {@code system} (timers, background jobs).
 */
@Component
class CurrentActor {

  private final IdentityService identity;

  CurrentActor(IdentityService identity) {
    this.identity = identity;
  }

  String id() {
    Authentication engine = identity.getCurrentAuthentication();
    if (engine != null && engine.getUserId() != null) {
      return engine.getUserId();
    }
    var request = SecurityContextHolder.getContext().getAuthentication();
    if (request != null && request.isAuthenticated() && request.getName() != null) {
      return request.getName();
    }
    return "system";
  }
}
