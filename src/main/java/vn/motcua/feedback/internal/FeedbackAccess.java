package vn.motcua.feedback.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * Who sees and acts on feedback, as for the reports: a supervisor reads the feedback of their
 * agency's subtree, any other civil servant that of the agencies they hold a role in, an
 * administrator all; only the assigned agency's leaders and unit heads answer or forward it.
 */
@Component
class FeedbackAccess {

  private final CurrentOfficial official;
  private final Agencies agencies;

  FeedbackAccess(CurrentOfficial official, Agencies agencies) {
    this.official = official;
    this.agencies = agencies;
  }

  /** The agencies whose feedback the current official may read. */
  Set<String> readable() {
    if (official.isAdmin()) {
      Set<String> all = new LinkedHashSet<>();
      agencies.all().stream().map(Agency::code).forEach(all::add);
      return all;
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String group : official.groups()) {
      String agency = Role.agencyOf(group);
      if (agency == null) {
        continue;
      }
      if (group.equals(Role.SUPERVISOR.groupOf(agency))) {
        codes.addAll(agencies.subtree(agency));
      } else {
        codes.add(agency);
      }
    }
    return codes;
  }

  boolean mayRead(Feedback f) {
    return readable().contains(f.agency());
  }

  /** Whether the current official may answer or forward feedback assigned to {@code agency}. */
  boolean mayAct(String agency) {
    return official.inGroup(Role.LEADER.groupOf(agency))
        || official.inGroup(Role.UNIT_HEAD.groupOf(agency));
  }

  String id() {
    return official.id();
  }

  List<String> groups() {
    return List.copyOf(official.groups());
  }
}
