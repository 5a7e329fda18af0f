package vn.motcua.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.DeadlineReached;
import vn.motcua.deadline.Deadlines;
import vn.motcua.deadline.Flag;
import vn.motcua.deadline.Rung;
import vn.motcua.organization.Role;

/**
 * The escalation ladder, bean {@code escalationLadder}. Its timer dates are BPMN expressions: every
 * user task with a budget climbs SOON_DUE, OVERDUE, UNIT_HEAD and SUPERVISOR through timeout task
 * listeners ({@link LadderParseListener} adds them), and every procedure's event sub-processes fire
 * {@code ${escalationLadder.dossierRungAt(execution, 'OVERDUE')}} and the other dossier rungs.
 * Reaching a rung flags the step or dossier, records the event and queues the notifications, all in
 * the job's transaction and at most once per task and rung.
 */
@Component("escalationLadder")
public class EscalationLadder {

  private final AgencyCalendars calendars;
  private final Deadlines deadlines;
  private final LadderSettings settings;
  private final DeadlineStore store;
  private final Recipients recipients;
  private final LadderNotices notices;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ProcedureCatalogue catalogue;

  EscalationLadder(
      ProcedureCatalogue catalogue,
      AgencyCalendars calendars,
      Deadlines deadlines,
      LadderSettings settings,
      DeadlineStore store,
      Recipients recipients,
      LadderNotices notices,
      ApplicationEventPublisher events,
      Clock clock) {
    this.catalogue = catalogue;
    this.calendars = calendars;
    this.deadlines = deadlines;
    this.settings = settings;
    this.store = store;
    this.recipients = recipients;
    this.notices = notices;
    this.events = events;
    this.clock = clock;
  }

  /**
   * When the user task of {@code execution} reaches {@code rung}. The first rung is reckoned as the
   * task starts, from its budget; the later ones from the task's due date, which a paused clock may
   * have moved since.
   */
  public Date stepRungAt(DelegateExecution execution, String rung) {
    WorkingCalendar calendar = calendarOf(execution);
    Instant now = clock.instant();
    Date taskDue =
        Rung.valueOf(rung) == LadderParseListener.STEP_RUNGS.get(0) ? null : taskDue(execution);
    Instant due = taskDue != null ? taskDue.toInstant() : deadlines.stepDue(execution).toInstant();
    var ladder =
        settings.of(
            execution.getProcessDefinitionId(),
            processKey(execution),
            execution.getCurrentActivityId(),
            calendar.officeHours());
    return Date.from(stepRungAt(Rung.valueOf(rung), calendar, now, due, ladder));
  }

  /**
   * When a step that started at {@code start} and is due at {@code due} reaches {@code rung} of
   * {@code ladder}, on {@code calendar}: the engine's rule for every step ({@link
   * #stepRungAt(DelegateExecution, String)}) and the studio's deadline preview.
   */
  public static Instant stepRungAt(
      Rung rung,
      WorkingCalendar calendar,
      Instant start,
      Instant due,
      LadderSettings.Ladder ladder) {
    return switch (rung) {
      case SOON_DUE -> earlier(share(calendar, start, due, ladder.soonDueShare()), due);
      case OVERDUE -> due;
      case UNIT_HEAD -> calendar.addWorkingMinutes(due, ladder.unitHeadAfterMinutes());
      case SUPERVISOR ->
          calendar.addWorkingMinutes(
              due, ladder.unitHeadAfterMinutes() + ladder.supervisorAfterMinutes());
      case APOLOGY_DUE -> throw new IllegalArgumentException("not a step rung: " + rung);
    };
  }

  /**
   * When the dossier reaches {@code rung} against its legal due date: SOON_DUE when the share of
   * the legal time is used or one working day is left, whichever is first; APOLOGY_DUE one working
   * day before the due date (for a procedure of one working day or less: at the share); OVERDUE at
   * the due date.
   */
  public Date dossierRungAt(DelegateExecution execution, String rung) {
    Date legalDue = deadlines.legalDue(execution);
    if (legalDue == null) {
      throw new IllegalStateException("no legal due date on " + execution.getProcessInstanceId());
    }
    WorkingCalendar calendar = calendarOf(execution);
    double share =
        settings
            .of(
                execution.getProcessDefinitionId(),
                processKey(execution),
                null,
                calendar.officeHours())
            .soonDueShare();
    return Date.from(
        dossierRungAt(Rung.valueOf(rung), calendar, clock.instant(), legalDue.toInstant(), share));
  }

  /**
   * When a dossier whose legal clock runs from {@code start} to {@code due} reaches {@code rung},
   * with the soon-due share {@code share} of its ladder, on {@code calendar}: the engine's rule for
   * every dossier ({@link #dossierRungAt(DelegateExecution, String)}) and the studio's deadline
   * preview.
   */
  public static Instant dossierRungAt(
      Rung rung, WorkingCalendar calendar, Instant start, Instant due, double share) {
    long total = Math.max(0, calendar.workingMinutesBetween(start, due));
    long sharePoint = Math.round(total * share);
    long dayBefore = total - calendar.officeHours().minutesPerDay();
    Instant at =
        switch (rung) {
          case SOON_DUE ->
              calendar.addWorkingMinutes(
                  start, dayBefore > 0 ? Math.min(sharePoint, dayBefore) : sharePoint);
          case APOLOGY_DUE -> calendar.addWorkingMinutes(start, Math.max(sharePoint, dayBefore));
          case OVERDUE -> due;
          default -> throw new IllegalArgumentException("not a dossier rung: " + rung);
        };
    return earlier(at, due);
  }

  /** The unit head group of the dossier's resolving agency (its leaders where it has none). */
  public String unitHeadGroup(DelegateExecution execution) {
    return recipients.unitHeadGroup(
        execution.getProcessEngineServices().getIdentityService(), agencyOf(execution));
  }

  /** Whether the apology letter is still to be issued: no extension was given yet. */
  public boolean apologyNeeded(DelegateExecution execution) {
    return !Boolean.TRUE.equals(execution.getVariable(Deadlines.APOLOGY_ISSUED_VARIABLE));
  }

  /**
   * The dossier reached a rung: {@code ${escalationLadder.dossierReached(execution, 'OVERDUE')}}.
   */
  public void dossierReached(DelegateExecution execution, String rung) {
    String code = execution.getProcessBusinessKey();
    if (!store.dossierExists(code)) {
      return;
    }
    Rung r = Rung.valueOf(rung);
    Instant now = clock.instant();
    String agency = agencyOf(execution);
    Date legalDue = deadlines.legalDue(execution);
    var event =
        new DeadlineReached(
            code,
            r.dossierEvent(),
            r,
            now,
            null,
            null,
            null,
            agency,
            null,
            null,
            lateMinutes(calendars.of(agency), legalDue, now),
            null);
    if (!store.record(event)) {
      return;
    }
    if (r == Rung.SOON_DUE || r == Rung.OVERDUE) {
      store.raiseDossier(code, r == Rung.SOON_DUE ? Flag.SOON_DUE : Flag.OVERDUE, now);
    }
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    Set<String> to =
        r == Rung.APOLOGY_DUE
            ? recipients.members(identity, recipients.unitHeadGroup(identity, agency))
            : recipients.members(identity, Role.LEADER.groupOf(agency));
    notices.send(
        store.eventId(code, DeadlineStore.DOSSIER_KEY, r.name()),
        event,
        legalDue == null ? null : legalDue.toInstant(),
        to);
    events.publishEvent(event);
  }

  /**
   * The ladder timer of {@code rung} fired on {@code task}: that rung is reached, and so is every
   * later one already due (a clock that jumped past several); the first one still ahead gets its
   * timer.
   */
  void stepTimerFired(DelegateTask task, Rung rung, Map<Rung, TimerDeclarationImpl> timers) {
    stepReached(task, rung);
    List<Rung> rungs = LadderParseListener.STEP_RUNGS;
    Instant now = clock.instant();
    for (Rung next : rungs.subList(rungs.indexOf(rung) + 1, rungs.size())) {
      if (stepRungAt(task.getExecution(), next.name()).toInstant().isAfter(now)) {
        timers.get(next).createTimer((ExecutionEntity) task.getExecution());
        return;
      }
      stepReached(task, next);
    }
  }

  /** The due date of the task the user task {@code execution} is in, null before it exists. */
  private static Date taskDue(DelegateExecution execution) {
    if (!(execution instanceof ExecutionEntity entity)) {
      return null;
    }
    return entity.getTasks().stream()
        .filter(task -> task.getTaskDefinitionKey().equals(execution.getCurrentActivityId()))
        .map(TaskEntity::getDueDate)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** A rung of the ladder is reached on {@code task}, at most once. */
  void stepReached(DelegateTask task, Rung rung) {
    String code = task.getExecution().getProcessBusinessKey();
    if (!store.dossierExists(code)) {
      return;
    }
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    Instant now = clock.instant();
    String group = StepTracker.unitGroup(task);
    String agency = StepTracker.agencyOf(task, group);
    String escalatedTo =
        switch (rung) {
          case UNIT_HEAD -> recipients.unitHeadGroup(identity, agency);
          case SUPERVISOR -> recipients.supervisorGroup(identity, agency).orElse(null);
          default -> null;
        };
    var event =
        new DeadlineReached(
            code,
            rung.stepEvent(),
            rung,
            now,
            task.getId(),
            task.getTaskDefinitionKey(),
            task.getName(),
            agency,
            group,
            task.getAssignee(),
            lateMinutes(calendars.of(agency), task.getDueDate(), now),
            escalatedTo);
    if (!store.record(event)) {
      return;
    }
    if (rung == Rung.SOON_DUE || rung == Rung.OVERDUE) {
      store.raiseStep(task.getId(), rung == Rung.SOON_DUE ? Flag.SOON_DUE : Flag.OVERDUE);
    }
    Set<String> to;
    if (escalatedTo != null) {
      task.addCandidateGroup(escalatedTo);
      to = recipients.members(identity, escalatedTo);
    } else if (rung == Rung.UNIT_HEAD || rung == Rung.SUPERVISOR) {
      to = Set.of();
    } else {
      to = recipients.holders(identity, task.getAssignee(), group);
    }
    notices.send(
        store.eventId(code, task.getId(), rung.name()),
        event,
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        to);
    events.publishEvent(event);
  }

  Instant now() {
    return clock.instant();
  }

  static long lateMinutes(WorkingCalendar calendar, Date due, Instant now) {
    if (due == null || !now.isAfter(due.toInstant())) {
      return 0;
    }
    return Math.max(0, calendar.workingMinutesBetween(due.toInstant(), now));
  }

  private WorkingCalendar calendarOf(DelegateExecution execution) {
    return calendars.of(agencyOf(execution));
  }

  private static String agencyOf(DelegateExecution execution) {
    return (String) execution.getVariable(Deadlines.AGENCY_VARIABLE);
  }

  private String processKey(DelegateExecution execution) {
    return catalogue.ofDefinition(execution.getProcessDefinitionId()).key();
  }

  private static Instant share(WorkingCalendar calendar, Instant now, Instant due, double share) {
    long total = Math.max(0, calendar.workingMinutesBetween(now, due));
    return calendar.addWorkingMinutes(now, Math.round(total * share));
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isAfter(b) ? b : a;
  }
}
