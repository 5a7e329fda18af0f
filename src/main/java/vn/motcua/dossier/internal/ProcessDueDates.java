package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.Deadlines;
import vn.motcua.deadline.HeldTimers;
import vn.motcua.deadline.StepDueDates;

/**
 * The engine side of a paused legal clock: holds the timers of a dossier's process instances
 * (business key = dossier code) while paused, and moves timers, task due dates and the legal due
 * variable on resume; and moves them when a holiday announcement changes ({@link #recalculate}).
 */
@Component
class ProcessDueDates {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final ProcedureCatalogue catalogue;

  ProcessDueDates(
      RuntimeService runtime,
      TaskService tasks,
      ManagementService management,
      ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  /**
   * Holds the pending timers that count legal time, so no deadline fires while the clock stands
   * still: the dossier's own deadline timers and those of its open steps, except steps outside the
   * legal time (another agency's step with its own budget, such as the tax office's), whose ladder
   * keeps running.
   */
  void holdTimers(String code) {
    for (ProcessInstance instance : instances(code)) {
      timers(instance).stream()
          .filter(job -> job.getDuedate() != null && !HeldTimers.held(job))
          .forEach(
              job ->
                  management.setJobDuedate(
                      job.getId(), Date.from(job.getDuedate().toInstant().plus(HeldTimers.HOLD))));
    }
  }

  /** The executions whose timers count legal time: the dossier's and its steps' inside it. */
  private Set<String> legalTimeExecutions(ProcessInstance instance) {
    Set<String> held = new HashSet<>();
    // from the execution tree, so a step completed earlier in the same command no longer counts
    Set<String> active = new HashSet<>(runtime.getActiveActivityIds(instance.getId()));
    for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
      if (active.contains(task.getTaskDefinitionKey()) && !outsideLegalTime(task)) {
        held.add(task.getExecutionId());
      }
    }
    for (String timer : Deadlines.DOSSIER_TIMERS) {
      management
          .createJobQuery()
          .processInstanceId(instance.getId())
          .activityId(timer)
          .list()
          .forEach(job -> held.add(job.getExecutionId()));
    }
    return held;
  }

  private boolean outsideLegalTime(Task task) {
    return catalogue.steps(task.getProcessDefinitionId()).stream()
        .anyMatch(step -> step.id().equals(task.getTaskDefinitionKey()) && step.outsideLegalTime());
  }

  /**
   * Moves every open task's due date and every pending timer by {@code shift}, releasing the held
   * timers, and sets the legal due variable on {@code processInstanceId}.
   */
  void shift(String code, String processInstanceId, ClockShift shift) {
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(code).list()) {
      if (task.getDueDate() != null || task.getFollowUpDate() != null) {
        if (task.getDueDate() != null) {
          task.setDueDate(date(shift, task.getDueDate(), task.getCreateTime()));
        }
        if (task.getFollowUpDate() != null) {
          task.setFollowUpDate(date(shift, task.getFollowUpDate(), task.getCreateTime()));
        }
        tasks.saveTask(task);
      }
    }
    for (ProcessInstance instance : instances(code)) {
      for (Job timer : timers(instance)) {
        if (timer.getDuedate() != null) {
          Date due =
              HeldTimers.held(timer)
                  ? Date.from(timer.getDuedate().toInstant().minus(HeldTimers.HOLD))
                  : timer.getDuedate();
          management.setJobDuedate(timer.getId(), date(shift, due, timer.getCreateTime()));
        }
      }
      if (instance.getId().equals(processInstanceId)) {
        runtime.setVariable(
            processInstanceId, Deadlines.LEGAL_DUE_VARIABLE, Date.from(shift.newLegalDue()));
      }
    }
  }

  /** An open task whose due date a changed calendar moved, and the unit it waits in. */
  record MovedTask(
      String taskId,
      String activityId,
      String name,
      String assignee,
      List<String> candidateGroups,
      Instant previousDue,
      Instant newDue) {}

  /** What {@link #recalculate} moved: the tasks whose due dates moved, and how many timers. */
  record Recalculated(List<MovedTask> tasks, int timers) {}

  /**
   * Moves every open task's due and follow-up dates and every pending timer of the dossier as a
   * changed holiday announcement requires ({@link CalendarChangeShift}); a held timer stays held,
   * at the place its date moved to, and a timer outside legal time runs on from now while paused.
   * Only timers set in working time move by working time; a dossier rung follows the legal due
   * date; a calendar-time timer does not move ({@link TimerTime}). The step's record learns the new
   * due date before the task is saved ({@link StepDueDates}), so that it is not taken for paused
   * time. Sets the legal due variable on {@code processInstanceId}.
   */
  Recalculated recalculate(
      String code,
      String processInstanceId,
      CalendarChangeShift shift,
      boolean paused,
      StepDueDates steps) {
    List<MovedTask> moved = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(code).list()) {
      Instant setAt = instant(task.getCreateTime());
      Instant due = instant(task.getDueDate());
      Instant newDue = shift.move(due, setAt);
      Instant followUp = instant(task.getFollowUpDate());
      Instant newFollowUp = shift.move(followUp, setAt);
      if (Objects.equals(due, newDue) && Objects.equals(followUp, newFollowUp)) {
        continue;
      }
      if (!Objects.equals(due, newDue)) {
        steps.recalculated(task.getId(), newDue);
        moved.add(
            new MovedTask(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                task.getAssignee(),
                candidateGroups(task.getId()),
                due,
                newDue));
      }
      task.setDueDate(newDue == null ? null : Date.from(newDue));
      task.setFollowUpDate(newFollowUp == null ? null : Date.from(newFollowUp));
      tasks.saveTask(task);
    }
    int timers = 0;
    for (ProcessInstance instance : instances(code)) {
      Set<String> legalTime = paused ? legalTimeExecutions(instance) : Set.of();
      for (Job timer :
          management.createJobQuery().timers().processInstanceId(instance.getId()).list()) {
        if (timer.getDuedate() == null) {
          continue;
        }
        TimerTime time = TimerTime.of(definition(timer), shift.officeHours());
        if (time == TimerTime.CALENDAR) {
          continue;
        }
        Instant due = timer.getDuedate().toInstant();
        Instant setAt = instant(timer.getCreateTime());
        Instant newDue;
        if (HeldTimers.held(timer)) {
          newDue = move(shift, time, due.minus(HeldTimers.HOLD), setAt).plus(HeldTimers.HOLD);
        } else if (!paused || legalTime.contains(timer.getExecutionId())) {
          newDue = move(shift, time, due, setAt);
        } else {
          newDue = shift.moveRunning(due);
        }
        if (!newDue.equals(due)) {
          management.setJobDuedate(timer.getId(), Date.from(newDue));
          timers++;
        }
      }
      if (instance.getId().equals(processInstanceId)
          && shift.oldLegalDue() != null
          && !shift.oldLegalDue().equals(shift.newLegalDue())) {
        runtime.setVariable(
            processInstanceId, Deadlines.LEGAL_DUE_VARIABLE, Date.from(shift.newLegalDue()));
      }
    }
    return new Recalculated(List.copyOf(moved), timers);
  }

  private static Instant move(
      CalendarChangeShift shift, TimerTime time, Instant due, Instant setAt) {
    return time == TimerTime.DOSSIER_RUNG ? shift.moveRung(due, setAt) : shift.move(due, setAt);
  }

  private JobDefinition definition(Job timer) {
    return timer.getJobDefinitionId() == null
        ? null
        : management
            .createJobDefinitionQuery()
            .jobDefinitionId(timer.getJobDefinitionId())
            .singleResult();
  }

  private List<String> candidateGroups(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .toList();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private List<ProcessInstance> instances(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list();
  }

  /** The timers that count legal time (see {@link #legalTimeExecutions}). */
  private List<Job> timers(ProcessInstance instance) {
    Set<String> executions = legalTimeExecutions(instance);
    return management.createJobQuery().timers().processInstanceId(instance.getId()).list().stream()
        .filter(job -> executions.contains(job.getExecutionId()))
        .toList();
  }

  private static Date date(ClockShift shift, Date due, Date setAt) {
    return Date.from(shift.move(due.toInstant(), setAt == null ? null : setAt.toInstant()));
  }
}
