package vn.motcua.dossier.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.DeadlineRecords;
import vn.motcua.deadline.DossierDeadline;
import vn.motcua.deadline.Flag;

/**
 * Reads one dossier, with its clock stops and open steps, for a civil servant of its receiving or
 * resolving agency (or an admin).
 */
@Service
class DossierQueries {

  private final DossierRepository dossiers;
  private final TaskService tasks;
  private final ClockPauseRepository pauses;
  private final DossierAccess access;

  private final ProcedureCatalogue catalogue;
  private final DossierEvents events;
  private final DeadlineRecords deadlines;

  DossierQueries(
      DossierRepository dossiers,
      TaskService tasks,
      ClockPauseRepository pauses,
      DossierAccess access,
      DossierEvents events,
      ProcedureCatalogue catalogue,
      DeadlineRecords deadlines) {
    this.deadlines = deadlines;
    this.catalogue = catalogue;
    this.dossiers = dossiers;
    this.tasks = tasks;
    this.pauses = pauses;
    this.access = access;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public DossierView find(String code) {
    Dossier d =
        access.check(
            dossiers
                .find(code)
                .orElseThrow(() -> new DossierProblems.DossierNotFoundException(code)));
    List<ClockPause> segments = pauses.findAll(code);
    List<DossierEvents.Event> history = events.of(code);
    DossierDeadline deadline = deadlines.of(code);
    Map<String, Flag> stepFlags = new HashMap<>();
    deadline.steps().forEach(step -> stepFlags.put(step.taskId(), step.flag()));
    List<DossierView.OpenStep> steps =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(code)
            .orderByTaskCreateTime()
            .asc()
            .list()
            .stream()
            .map(task -> step(task, stepFlags.getOrDefault(task.getId(), Flag.ON_TIME)))
            .filter(Objects::nonNull)
            .toList();
    return new DossierView(
        d.code(),
        d.procedureKey(),
        catalogue.version(d.procedureDefinitionId()),
        d.receivingAgency(),
        d.resolvingAgency(),
        d.channel(),
        d.status(),
        d.applicant(),
        d.receivedBy(),
        d.receivedAt(),
        d.dueAt(),
        d.dueAt(),
        d.extendedDueAt(),
        d.finishedAt(),
        d.timeliness(),
        segments.stream().anyMatch(ClockPause::isOpen),
        segments.stream().map(DossierQueries::pause).toList(),
        history.stream().filter(event -> event.kind().equals("EXTENDED")).toList(),
        history,
        steps,
        deadline.flag(),
        deadline.late(),
        deadline.steps(),
        deadline.overBudget());
  }

  private static DossierView.Pause pause(ClockPause p) {
    return new DossierView.Pause(
        p.pausedAt(),
        p.resumedAt(),
        p.reason(),
        p.pausedBy(),
        p.resumedBy(),
        p.shiftWorkingMinutes());
  }

  /** The open step, or null when it was completed since the task query read it. */
  private DossierView.OpenStep step(Task task, Flag flag) {
    List<IdentityLink> links;
    try {
      links = tasks.getIdentityLinksForTask(task.getId());
    } catch (NullValueException completedMeanwhile) {
      return null;
    }
    String group =
        links.stream()
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
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(),
        flag);
  }
}
