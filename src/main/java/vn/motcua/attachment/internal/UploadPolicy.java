package vn.motcua.attachment.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * Who may add a document to a dossier (at intake, or later as a supplement at any step): the
 * reception officers, specialists, unit heads and leaders of its receiving or resolving agency,
 * while its processing has not ended. Supervisors, inspectors and administrators only read.
 */
@Component
class UploadPolicy {

  private static final List<Role> ROLES =
      List.of(Role.RECEPTION, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER);

  private final CurrentOfficial official;

  UploadPolicy(CurrentOfficial official) {
    this.official = official;
  }

  /**
   * The uploading official's id, for a dossier the caller may read ({@code dossier}).
   *
   * @throws AttachmentProblems.AttachmentProblem 403 when the caller holds none of the roles, 409
   *     when the dossier is finished
   */
  String check(DossierSummary dossier) {
    Set<String> groups = official.groups();
    boolean allowed =
        ROLES.stream()
            .anyMatch(
                role ->
                    groups.contains(role.groupOf(dossier.receivingAgency()))
                        || groups.contains(role.groupOf(dossier.resolvingAgency())));
    if (!allowed) {
      throw AttachmentProblems.mayNotAdd(dossier.code());
    }
    if (dossier.status().isFinal()) {
      throw AttachmentProblems.dossierFinished(dossier.code(), dossier.status().name());
    }
    return official.id();
  }
}
