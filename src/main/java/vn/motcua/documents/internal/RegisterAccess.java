package vn.motcua.documents.internal;

import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * Who may read an agency's register (form 07): its reception officers, who keep it, its unit heads,
 * who answer for the desk, and the supervisors of the agency or of an agency above it. Nobody else,
 * not even other roles of the agency or administrators (least privilege: the register lists every
 * applicant of the period).
 */
@Component
class RegisterAccess {

  private final CurrentOfficial official;
  private final Agencies agencies;

  RegisterAccess(CurrentOfficial official, Agencies agencies) {
    this.official = official;
    this.agencies = agencies;
  }

  boolean mayRead(String agency) {
    return official.inGroup(Role.RECEPTION.groupOf(agency))
        || official.inGroup(Role.UNIT_HEAD.groupOf(agency))
        || official.groups().stream()
            .filter(group -> group.endsWith(":" + Role.SUPERVISOR.id()))
            .map(Role::agencyOf)
            .anyMatch(supervised -> agencies.isWithin(agency, supervised));
  }

  /** Throws a 403 problem unless {@link #mayRead}. */
  void check(String agency) {
    if (!mayRead(agency)) {
      throw new PaperProblems.RegisterForbiddenException(agency);
    }
  }
}
