package vn.motcua.dossier.internal;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * Who may see and act on a dossier: the civil servants of its receiving or resolving agency, in any
 * role, administrators, the supervisors of an agency above either, and (inter-agency procedures)
 * the civil servants of another agency while one of its groups holds an open step of the dossier.
 */
@Component
class DossierAccess {

  private final CurrentOfficial official;
  private final TaskService tasks;

  private final Agencies agencies;

  DossierAccess(CurrentOfficial official, TaskService tasks, Agencies agencies) {
    this.agencies = agencies;
    this.official = official;
    this.tasks = tasks;
  }

  /** Returns {@code d}, or throws {@link AccessDeniedException} when the official may not. */
  Dossier check(Dossier d) {
    if (!allowed(d)) {
      throw new AccessDeniedException("dossier " + d.code() + " belongs to another agency");
    }
    return d;
  }

  /** Whether the official may read {@code d}. */
  boolean allowed(Dossier d) {
    return official.isAdmin()
        || official.groups().stream()
            .map(Role::agencyOf)
            .anyMatch(
                agency -> d.receivingAgency().equals(agency) || d.resolvingAgency().equals(agency))
        || holdsAStep(d)
        || supervises(d);
  }

  /** A supervisor reads every dossier of their agency's subtree. */
  private boolean supervises(Dossier d) {
    return official.groups().stream()
        .filter(group -> group.endsWith(":" + Role.SUPERVISOR.id()))
        .map(Role::agencyOf)
        .anyMatch(
            agency ->
                agencies.isWithin(d.resolvingAgency(), agency)
                    || agencies.isWithin(d.receivingAgency(), agency));
  }

  private boolean holdsAStep(Dossier d) {
    List<String> groups = List.copyOf(official.groups());
    return !groups.isEmpty()
        && tasks
                .createTaskQuery()
                .processInstanceBusinessKey(d.code())
                .taskCandidateGroupIn(groups)
                .includeAssignedTasks()
                .count()
            > 0;
  }
}
