package vn.motcua.worklist.internal;

import static vn.motcua.deadline.StepRecord.ON_BEHALF_OF_VARIABLE;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Role;
import vn.motcua.worklist.StepActionTaken;

/**
 * Delegation (ủy quyền) at work. When it begins, the deputy joins the absent official's role groups
 * in the agency (only for the period) and takes over the steps the official holds there; steps
 * assigned to the official while it runs go to the deputy; a step the deputy takes through a lent
 * group is held "on behalf of" the official (task-local variable {@value
 * vn.motcua.deadline.StepRecord#ON_BEHALF_OF_VARIABLE}, kept in the step record on completion).
 * When it ends, the lent memberships go and the steps still held for the official go back to them.
 * Each hand-over goes into the dossier's history as {@code DELEGATED} or {@code HANDED_BACK}.
 */
@Component
class Delegation {

  private final Absences absences;
  private final IdentityService identity;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Delegation(
      Absences absences,
      IdentityService identity,
      TaskService tasks,
      RuntimeService runtime,
      ApplicationEventPublisher events,
      Clock clock) {
    this.absences = absences;
    this.identity = identity;
    this.tasks = tasks;
    this.runtime = runtime;
    this.events = events;
    this.clock = clock;
  }

  /** A new step assigned to an absent official with a deputy goes to the deputy. */
  void created(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    absences
        .current(assignee, clock.instant())
        .filter(absence -> absence.deputy() != null)
        .ifPresent(
            absence -> {
              task.setVariableLocal(ON_BEHALF_OF_VARIABLE, assignee);
              task.setAssignee(absence.deputy());
              record(
                  task.getExecution().getProcessBusinessKey(),
                  task.getId(),
                  task.getTaskDefinitionKey(),
                  "DELEGATED",
                  absence,
                  absence.deputy());
            });
  }

  /**
   * Keeps "on behalf of" true to the holder: set when a deputy takes a step through a group lent to
   * them, cleared when the step goes to anyone but a deputy of that official.
   */
  void assigned(DelegateTask task) {
    String assignee = task.getAssignee();
    Object held = task.getVariableLocal(ON_BEHALF_OF_VARIABLE);
    List<Absence> lent = assignee == null ? List.of() : absences.delegatedTo(assignee, now());
    if (held instanceof String official) {
      if (lent.stream().noneMatch(absence -> absence.official().equals(official))) {
        task.removeVariableLocal(ON_BEHALF_OF_VARIABLE);
      }
      return;
    }
    Set<String> units = candidateGroups(task);
    for (Absence absence : lent) {
      boolean throughLentGroup =
          absences.grants(absence.id()).stream()
              .anyMatch(grant -> grant.added() && units.contains(grant.groupId()));
      if (throughLentGroup) {
        task.setVariableLocal(ON_BEHALF_OF_VARIABLE, absence.official());
        return;
      }
    }
  }

  /** The delegation begins: lends the official's role groups and hands over their open steps. */
  void begin(Absence absence) {
    if (absence.deputy() == null) {
      return;
    }
    for (String group : roleGroups(absence.official(), absence.agencyCode())) {
      boolean member =
          identity.createUserQuery().userId(absence.deputy()).memberOfGroup(group).count() > 0;
      if (!member) {
        identity.createMembership(absence.deputy(), group);
      }
      absences.grant(absence.id(), new Absences.Grant(group, !member));
    }
    Set<String> groups =
        absences.grants(absence.id()).stream()
            .map(Absences.Grant::groupId)
            .collect(Collectors.toSet());
    for (Task task : tasks.createTaskQuery().taskAssignee(absence.official()).list()) {
      boolean inAgency =
          tasks.getIdentityLinksForTask(task.getId()).stream()
              .map(IdentityLink::getGroupId)
              .anyMatch(groups::contains);
      if (inAgency) {
        tasks.setVariableLocal(task.getId(), ON_BEHALF_OF_VARIABLE, absence.official());
        tasks.setAssignee(task.getId(), absence.deputy());
        record(task, "DELEGATED", absence, absence.deputy());
      }
    }
  }

  /**
   * The delegation ends: takes back the lent groups and returns the steps held for the official.
   */
  void end(Absence absence) {
    if (absence.deputy() == null) {
      return;
    }
    List<Task> held =
        tasks
            .createTaskQuery()
            .taskAssignee(absence.deputy())
            .taskVariableValueEquals(ON_BEHALF_OF_VARIABLE, absence.official())
            .list();
    for (Absences.Grant grant : absences.grants(absence.id())) {
      if (grant.added()) {
        identity.deleteMembership(absence.deputy(), grant.groupId());
      }
    }
    for (Task task : held) {
      tasks.removeVariableLocal(task.getId(), ON_BEHALF_OF_VARIABLE);
      tasks.setAssignee(task.getId(), absence.official());
      record(task, "HANDED_BACK", absence, absence.official());
    }
  }

  /** The official's role groups ({@code <agency>:<role>}) in the agency. */
  List<String> roleGroups(String official, String agency) {
    return identity.createGroupQuery().groupMember(official).list().stream()
        .map(Group::getId)
        .filter(group -> agency.equals(Role.agencyOf(group)))
        .sorted()
        .toList();
  }

  private static Set<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  private void record(Task task, String action, Absence absence, String target) {
    var instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    if (instance != null) {
      record(
          instance.getBusinessKey(),
          task.getId(),
          task.getTaskDefinitionKey(),
          action,
          absence,
          target);
    }
  }

  private void record(
      String code, String taskId, String step, String action, Absence absence, String target) {
    if (code != null) {
      events.publishEvent(
          new StepActionTaken(
              code, taskId, step, action, absence.official(), absence.reason(), target, now()));
    }
  }

  private Instant now() {
    return clock.instant();
  }
}
