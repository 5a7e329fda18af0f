package vn.motcua.reporting.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * The agencies a report covers: the subtree of the agency asked for, which must lie within what the
 * caller oversees: for a supervisor the subtree of their agency, for an administrator everything,
 * for other staff their own agencies (without the agencies below).
 */
@Component
class ReportScope {

  private final CurrentOfficial official;
  private final Agencies agencies;

  ReportScope(CurrentOfficial official, Agencies agencies) {
    this.official = official;
    this.agencies = agencies;
  }

  List<String> agencies(String requested) {
    Set<String> overseen = overseen();
    if (requested == null) {
      if (overseen.isEmpty()) {
        throw ReportProblems.noScope();
      }
      return List.copyOf(overseen);
    }
    if (!overseen.contains(requested)) {
      throw ReportProblems.agency(requested);
    }
    return agencies.subtree(requested).stream().filter(overseen::contains).toList();
  }

  private Set<String> overseen() {
    Set<String> codes = new LinkedHashSet<>();
    if (official.isAdmin()) {
      agencies.all().stream().map(Agency::code).forEach(codes::add);
      return codes;
    }
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
}
