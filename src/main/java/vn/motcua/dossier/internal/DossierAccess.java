package vn.motcua.dossier.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * Who may see and act on a dossier: the civil servants of its receiving or resolving agency, in any
 * role, and administrators.
 */
@Component
class DossierAccess {

  private final CurrentOfficial official;

  DossierAccess(CurrentOfficial official) {
    this.official = official;
  }

  /** Returns {@code d}, or throws {@link AccessDeniedException} when the official may not. */
  Dossier check(Dossier d) {
    if (!allowed(d)) {
      throw new AccessDeniedException("dossier " + d.code() + " belongs to another agency");
    }
    return d;
  }

  private boolean allowed(Dossier d) {
    return official.isAdmin()
        || official.groups().stream()
            .map(Role::agencyOf)
            .anyMatch(
                agency -> d.receivingAgency().equals(agency) || d.resolvingAgency().equals(agency));
  }
}
