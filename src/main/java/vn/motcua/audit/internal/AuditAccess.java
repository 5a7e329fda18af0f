package vn.motcua.audit.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.Dossiers;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * Who may read the trail: a dossier's entries whoever may read the dossier (its agencies' staff,
 * supervisors above them, administrators: the dossier module's rule); the whole chain's check
 * administrators and supervisors; signing its head on demand administrators.
 */
@Component
class AuditAccess {

  private final Dossiers dossiers;
  private final CurrentOfficial official;

  AuditAccess(Dossiers dossiers, CurrentOfficial official) {
    this.dossiers = dossiers;
    this.official = official;
  }

  /**
   * The dossier, if the official may read it.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when there is no such dossier
   * @throws AccessDeniedException when the official may not read it
   */
  DossierSummary dossier(String code) {
    return dossiers.find(code);
  }

  void checkAuditor() {
    boolean supervisor =
        official.groups().stream().anyMatch(g -> g.endsWith(":" + Role.SUPERVISOR.id()));
    if (!official.isAdmin() && !supervisor) {
      throw new AccessDeniedException("only administrators and supervisors verify the trail");
    }
  }

  void checkAdmin() {
    if (!official.isAdmin()) {
      throw new AccessDeniedException("only administrators sign the trail's head");
    }
  }
}
