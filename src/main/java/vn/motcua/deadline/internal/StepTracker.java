package vn.motcua.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.Deadlines;
import vn.motcua.deadline.Flag;
import vn.motcua.deadline.StepCompleted;
import vn.motcua.deadline.StepRecord;
import vn.motcua.organization.Role;

/**
 * Keeps {@code dossier_step} in step with the engine: a row when a dossier's user task is created,
 * the holder on every assignment, and on completion (or deletion) the final due date and the
 * working minutes it ran over. Built-in listener of every user task, so Cockpit's "skip listeners"
 * cannot bypass it.
 */
@Component
class StepTracker {

  private final DeadlineStore store;
  private final AgencyCalendars calendars;
  private final ProcedureCatalogue catalogue;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  StepTracker(
      DeadlineStore store,
      AgencyCalendars calendars,
      ProcedureCatalogue catalogue,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.store = store;
    this.calendars = calendars;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  void notify(DelegateTask task) {
    String code = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (code == null) {
      return;
    }
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> created(task, code);
      case TaskListener.EVENTNAME_ASSIGNMENT -> store.assign(task.getId(), task.getAssignee());
      case TaskListener.EVENTNAME_UPDATE -> updated(task);
      case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> finished(task, code);
      default -> {}
    }
  }

  private void created(DelegateTask task, String code) {
    if (!store.dossierExists(code)) {
      return;
    }
    String group = unitGroup(task);
    String agency = agencyOf(task, group);
    WorkingCalendar calendar = calendars.of(agency);
    // the property's own text: P1D is one working day (as for the step's due date), whereas
    // Duration.toString() would turn it into PT24H, three working days
    Long budget =
        WorkingDuration.minutes(
                catalogue
                    .elementProperties(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                    .get("stepBudget"),
                calendar.officeHours())
            .stream()
            .boxed()
            .findFirst()
            .orElse(null);
    store.startStep(
        new StepRecord(
            task.getId(),
            task.getTaskDefinitionKey(),
            task.getName(),
            agency,
            group,
            task.getAssignee(),
            clock.instant(),
            budget,
            instant(task.getDueDate()),
            0,
            Flag.ON_TIME,
            null,
            null,
            0,
            null),
        code);
  }

  /** A resumed legal clock moved the due date later: that much time was paused. */
  private void updated(DelegateTask task) {
    Instant due = instant(task.getDueDate());
    store
        .step(task.getId())
        .filter(step -> step.completedAt() == null && step.dueAt() != null && due != null)
        .filter(step -> !due.equals(step.dueAt()))
        .ifPresent(
            step -> {
              long paused =
                  due.isAfter(step.dueAt())
                      ? calendars.of(step.agency()).workingMinutesBetween(step.dueAt(), due)
                      : 0;
              store.moveDue(task.getId(), due, paused);
            });
  }

  private void finished(DelegateTask task, String code) {
    var step = store.step(task.getId());
    if (step.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    long worked = step.get().workedAt(calendars.of(step.get().agency()), now);
    long overrun = step.get().overrunOf(worked);
    boolean pastDue = task.getDueDate() != null && now.isAfter(task.getDueDate().toInstant());
    Flag result =
        pastDue && step.get().budgetMinutes() != null || step.get().flag() == Flag.OVERDUE
            ? Flag.OVERDUE
            : Flag.ON_TIME;
    boolean completed = TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName());
    String by = completed ? completer(task) : null;
    Object held = task.getVariableLocal(StepRecord.ON_BEHALF_OF_VARIABLE);
    String onBehalfOf =
        completed && held instanceof String official && !official.equals(by) ? official : null;
    store.finishStep(
        task.getId(),
        now,
        by,
        onBehalfOf,
        instant(task.getDueDate()),
        new DeadlineStore.Spent(worked, overrun),
        result);
    if (completed) {
      events.publishEvent(
          new StepCompleted(
              code,
              task.getId(),
              task.getTaskDefinitionKey(),
              task.getName(),
              by,
              onBehalfOf,
              now));
    }
  }

  private static String completer(DelegateTask task) {
    var authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }

  /** The step's unit: its first candidate group of the form {@code <agency>:<role>}. */
  static String unitGroup(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null && Role.agencyOf(group) != null)
        .findFirst()
        .orElse(null);
  }

  /** The agency of the step's unit, else the dossier's resolving agency. */
  static String agencyOf(DelegateTask task, String group) {
    String agency = group == null ? null : Role.agencyOf(group);
    if (agency != null) {
      return agency;
    }
    DelegateExecution execution = task.getExecution();
    return execution == null ? null : (String) execution.getVariable(Deadlines.AGENCY_VARIABLE);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
