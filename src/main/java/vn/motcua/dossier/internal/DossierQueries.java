package vn.motcua.dossier.internal;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/** Reads one dossier for a civil servant of its receiving or resolving agency (or an admin). */
@Service
class DossierQueries {

  private final DossierRepository dossiers;
  private final TaskService tasks;
  private final CurrentOfficial official;

  DossierQueries(DossierRepository dossiers, TaskService tasks, CurrentOfficial official) {
    this.dossiers = dossiers;
    this.tasks = tasks;
    this.official = official;
  }

  @Transactional(readOnly = true)
  public DossierView find(String code) {
    Dossier d =
        dossiers.find(code).orElseThrow(() -> new DossierProblems.DossierNotFoundException(code));
    if (!mayRead(d)) {
      throw new AccessDeniedException("dossier " + code + " belongs to another agency");
    }
    List<DossierView.OpenStep> steps =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(code)
            .orderByTaskCreateTime()
            .asc()
            .list()
            .stream()
            .map(this::step)
            .toList();
    return new DossierView(
        d.code(),
        d.procedureKey(),
        d.receivingAgency(),
        d.resolvingAgency(),
        d.channel(),
        d.status(),
        d.applicant(),
        d.receivedBy(),
        d.receivedAt(),
        d.dueAt(),
        d.finishedAt(),
        steps);
  }

  private boolean mayRead(Dossier d) {
    return official.isAdmin()
        || official.groups().stream()
            .map(Role::agencyOf)
            .anyMatch(
                agency -> d.receivingAgency().equals(agency) || d.resolvingAgency().equals(agency));
  }

  private DossierView.OpenStep step(Task task) {
    String group =
        tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(
                link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .findFirst()
            .orElse(null);
    return new DossierView.OpenStep(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        group,
        task.getAssignee(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }
}
