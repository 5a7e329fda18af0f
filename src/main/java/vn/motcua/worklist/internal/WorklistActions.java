package vn.motcua.worklist.internal;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.security.CurrentOfficial;
import vn.motcua.worklist.StepActionTaken;

/**
 * What a civil servant does with a step from the worklist besides completing its form (which
 * Tasklist does): claim it, give it back, transfer it to a colleague of the same unit, or return
 * the dossier to the step before with a reason. Only members of the step's unit (its candidate
 * groups), its holder or an administrator may act; every action goes into the dossier's history.
 */
@Service
class WorklistActions {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CurrentOfficial official;
  private final PreviousSteps previousSteps;
  private final ApplicationEventPublisher events;
  private final HandOverNotices handOvers;
  private final Clock clock;

  WorklistActions(
      TaskService tasks,
      RuntimeService runtime,
      IdentityService identity,
      CurrentOfficial official,
      PreviousSteps previousSteps,
      ApplicationEventPublisher events,
      HandOverNotices handOvers,
      Clock clock) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.official = official;
    this.previousSteps = previousSteps;
    this.events = events;
    this.handOvers = handOvers;
    this.clock = clock;
  }

  @Transactional
  public void claim(String taskId) {
    Task task = allowed(taskId);
    String me = official.id();
    if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
      throw WorklistProblems.claimedBy(task.getAssignee());
    }
    tasks.setAssignee(taskId, me);
    record(task, "CLAIMED", null, me);
  }

  @Transactional
  public void unclaim(String taskId) {
    Task task = allowed(taskId);
    tasks.setAssignee(taskId, null);
    record(task, "UNCLAIMED", null, null);
  }

  @Transactional
  public void transfer(String taskId, String to, String reason) {
    Task task = allowed(taskId);
    List<String> units = units(taskId);
    boolean colleague =
        units.stream()
            .anyMatch(
                unit -> identity.createUserQuery().userId(to).memberOfGroup(unit).count() > 0);
    if (!colleague) {
      throw WorklistProblems.notInUnit(to, String.join(", ", units));
    }
    tasks.setAssignee(taskId, to);
    String code = record(task, "TRANSFERRED", reason, to);
    handOvers.transferred(
        code, task, units.isEmpty() ? null : units.get(0), official.id(), to, reason);
  }

  /** Cancels the step and starts the dossier's previous step ({@link PreviousSteps}) again. */
  @Transactional
  public void returnToPrevious(String taskId, String reason) {
    Task task = allowed(taskId);
    PreviousSteps.Previous back =
        previousSteps.of(taskId).orElseThrow(WorklistProblems::noPreviousStep);
    String previous = back.activityId();
    ActivityInstance tree = runtime.getActivityInstance(task.getProcessInstanceId());
    String instance = find(tree, task.getTaskDefinitionKey());
    runtime
        .createProcessInstanceModification(task.getProcessInstanceId())
        .cancelActivityInstance(instance)
        .startBeforeActivity(previous)
        .execute();
    String code = record(task, "RETURNED", reason, previous);
    Task reopened =
        tasks
            .createTaskQuery()
            .processInstanceId(task.getProcessInstanceId())
            .taskDefinitionKey(previous)
            .orderByTaskCreateTime()
            .desc()
            .listPage(0, 1)
            .stream()
            .findFirst()
            .orElse(null);
    if (reopened != null) {
      // Tasklist shows it beside the step's form; the worklist reads it from step_return
      tasks.setVariableLocal(reopened.getId(), "returnReason", reason);
      List<String> units = units(reopened.getId());
      handOvers.returned(
          code,
          reopened,
          units.isEmpty() ? null : units.get(0),
          official.id(),
          reopened.getAssignee() != null ? reopened.getAssignee() : back.completedBy(),
          reason);
    }
  }

  private static String find(ActivityInstance instance, String activityId) {
    if (activityId.equals(instance.getActivityId())) {
      return instance.getId();
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      String found = find(child, activityId);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The open task, if the official may act on it. */
  private Task allowed(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      throw WorklistProblems.notFound(taskId);
    }
    boolean member =
        official.isAdmin()
            || official.id().equals(task.getAssignee())
            || units(taskId).stream().anyMatch(official::inGroup);
    if (!member) {
      throw new AccessDeniedException("not a member of the step's unit");
    }
    return task;
  }

  private List<String> units(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .toList();
  }

  /** Publishes the action for the dossier's history; returns the dossier's code. */
  private String record(Task task, String action, String reason, String target) {
    String code =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult()
            .getBusinessKey();
    events.publishEvent(
        new StepActionTaken(
            code,
            task.getId(),
            task.getTaskDefinitionKey(),
            action,
            official.id(),
            reason,
            target,
            clock.instant()));
    return code;
  }
}
