package vn.motcua.deadline.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganisationChanged;
import vn.motcua.organization.Role;

/**
 * Who is told when a rung is reached: the official holding the step (or, while nobody has claimed
 * it, the members of its unit), the unit head of the agency (its leaders where it has none), and
 * the supervisor of the agency, looked up the agency tree until one is found.
 */
@Component
class Recipients {

  static final int CACHE_SECONDS = 10;

  private final Agencies agencies;
  private final Cache<String, Set<String>> members =
      Caffeine.newBuilder()
          .expireAfterWrite(Duration.ofSeconds(CACHE_SECONDS))
          .maximumSize(10_000)
          .build();

  Recipients(Agencies agencies) {
    this.agencies = agencies;
  }

  Set<String> holders(IdentityService identity, String assignee, String unitGroup) {
    if (assignee != null) {
      return Set.of(assignee);
    }
    return unitGroup == null ? Set.of() : members(identity, unitGroup);
  }

  /** The unit-head group of the agency, or its leaders' group where it has no unit head. */
  String unitHeadGroup(IdentityService identity, String agency) {
    String heads = Role.UNIT_HEAD.groupOf(agency);
    return members(identity, heads).isEmpty() ? Role.LEADER.groupOf(agency) : heads;
  }

  /** The supervisor group of the agency or of its nearest ancestor that has one. */
  Optional<String> supervisorGroup(IdentityService identity, String agency) {
    String code = agency;
    for (int depth = 0; code != null && depth < 16; depth++) {
      String group = Role.SUPERVISOR.groupOf(code);
      if (!members(identity, group).isEmpty()) {
        return Optional.of(group);
      }
      code = agencies.find(code).map(Agency::parentCode).orElse(null);
    }
    return Optional.empty();
  }

  /**
   * The members of a group, from a cache kept {@value #CACHE_SECONDS} s: a deadline burst asks for
   * the same few groups thousands of times (a quarter of a ladder job's CPU went to these look-ups,
   * BENCHMARKS.md). An organisation change on this node clears it at once; a membership changed
   * elsewhere (another node, a role lent by a delegation) is seen within those seconds.
   */
  Set<String> members(IdentityService identity, String group) {
    return members.get(
        group,
        g -> {
          List<User> users =
              identity.createUserQuery().memberOfGroup(g).orderByUserId().asc().list();
          Set<String> ids = new LinkedHashSet<>();
          users.forEach(user -> ids.add(user.getId()));
          return Collections.unmodifiableSet(ids);
        });
  }

  @EventListener
  void on(OrganisationChanged change) {
    members.invalidateAll();
  }
}
