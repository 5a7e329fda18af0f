package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.HolidayCalendar;
import vn.motcua.calendar.HolidaysAnnounced;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDays;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.StepDueDates;
import vn.motcua.dossier.DossierActionTaken;
import vn.motcua.organization.Role;

/**
 * An administrator changed a year's announced days off ({@link HolidaysAnnounced}): every open
 * dossier whose legal due date, open steps' due dates or pending timers lie after the first day
 * whose status changed is recalculated ({@link CalendarChangeShift}: each date keeps the working
 * time it had left, so it moves by exactly the working time the change added or removed before it;
 * a procedure counted in calendar days moves its legal due date only when its day changes, see
 * {@link CalendarDayDue}; timers in calendar time do not move, see {@link TimerTime}), its history
 * and audit trail record {@code DEADLINE_RECALCULATED} with the announcement as the cause, and each
 * official holding a moved step is told once, listing their dossiers.
 *
 * <p>Runs synchronously, in the administrator's transaction: the calendar and the deadlines it
 * implies commit together or not at all (the engine shares the transaction), each dossier row is
 * locked as a pause or resume locks it, and the change is applied once. Idempotent: announcing the
 * same days again changes no day, so nothing moves and nobody is told.
 */
@Component
class AnnouncedDeadlines {

  static final String KIND = "DEADLINE_RECALCULATED";

  private final HolidayCalendar holidays;
  private final AgencyCalendars calendars;
  private final DossierRepository dossiers;
  private final ClockPauseRepository pauses;
  private final ProcessDueDates processes;
  private final StepDueDates steps;
  private final AnnouncedDeadlineNotices notices;
  private final ApplicationEventPublisher events;
  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ObjectMapper json;
  private final Clock clock;
  private final ProcedureCatalogue catalogue;

  AnnouncedDeadlines(
      HolidayCalendar holidays,
      AgencyCalendars calendars,
      DossierRepository dossiers,
      ClockPauseRepository pauses,
      ProcessDueDates processes,
      StepDueDates steps,
      AnnouncedDeadlineNotices notices,
      ApplicationEventPublisher events,
      TaskService tasks,
      ManagementService management,
      RuntimeService runtime,
      IdentityService identity,
      ObjectMapper json,
      Clock clock,
      ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
    this.holidays = holidays;
    this.calendars = calendars;
    this.dossiers = dossiers;
    this.pauses = pauses;
    this.processes = processes;
    this.steps = steps;
    this.notices = notices;
    this.events = events;
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
    this.identity = identity;
    this.json = json;
    this.clock = clock;
  }

  /** One moved step of one dossier, as its holder is told. */
  record Moved(String dossierCode, String stepName, Instant previousDue, Instant newDue) {}

  @EventListener
  void on(HolidaysAnnounced change) {
    WorkingDays before = holidays.asAnnounced(change.year(), change.previousDays());
    WorkingDays after = holidays.asAnnounced(change.year(), change.days());
    Optional<LocalDate> first = firstChangedDay(change.year(), before, after);
    if (first.isEmpty()) {
      return;
    }
    WorkingCalendar province = calendars.of(null);
    Instant from = first.get().atStartOfDay(province.zone()).toInstant();
    Instant now = clock.instant();
    Map<String, List<Moved>> byHolder = new TreeMap<>();
    for (String code : candidates(from)) {
      for (ProcessDueDates.MovedTask task : recalculate(code, change, before, after, now)) {
        Moved moved = new Moved(code, task.name(), task.previousDue(), task.newDue());
        holders(task).forEach(h -> byHolder.computeIfAbsent(h, k -> new ArrayList<>()).add(moved));
      }
    }
    notices.send(change, byHolder, province.zone());
  }

  private static Optional<LocalDate> firstChangedDay(
      int year, WorkingDays before, WorkingDays after) {
    return LocalDate.of(year, 1, 1)
        .datesUntil(LocalDate.of(year + 1, 1, 1))
        .filter(day -> before.isWorkingDay(day) != after.isWorkingDay(day))
        .findFirst();
  }

  /**
   * The open dossiers with a due date or a pending timer after {@code from}: by their legal due
   * date, and by the business keys of the tasks and timers (held timers of paused dossiers too).
   */
  private Set<String> candidates(Instant from) {
    Set<String> codes = new TreeSet<>(dossiers.openDueAfter(from));
    Set<String> instances = new LinkedHashSet<>();
    tasks.createTaskQuery().dueAfter(Date.from(from)).list().stream()
        .map(Task::getProcessInstanceId)
        .forEach(instances::add);
    management.createJobQuery().timers().duedateHigherThan(Date.from(from)).list().stream()
        .map(Job::getProcessInstanceId)
        .filter(id -> id != null)
        .forEach(instances::add);
    if (!instances.isEmpty()) {
      runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
          .map(ProcessInstance::getBusinessKey)
          .filter(key -> key != null)
          .forEach(codes::add);
    }
    return codes;
  }

  private List<ProcessDueDates.MovedTask> recalculate(
      String code, HolidaysAnnounced change, WorkingDays before, WorkingDays after, Instant now) {
    Dossier d = dossiers.findForUpdate(code).orElse(null);
    if (d == null || d.status().isFinal() || d.processInstanceId() == null) {
      return List.of();
    }
    WorkingCalendar calendar = calendars.of(d.resolvingAgency());
    Instant pausedAt = pauses.findOpen(code).map(ClockPause::pausedAt).orElse(null);
    WorkingCalendar was = calendar.withWorkingDays(before);
    WorkingCalendar is = calendar.withWorkingDays(after);
    Procedure procedure = procedureOf(d);
    CalendarChangeShift shift =
        procedure != null && procedure.legalCalendarDays().isPresent()
            ? CalendarChangeShift.calendarDays(
                was,
                is,
                now,
                pausedAt,
                d.dueAt(),
                CalendarDayDue.after(procedure, d.receivedAt(), d.dueAt(), now, was, is))
            : CalendarChangeShift.of(was, is, now, pausedAt, d.dueAt());
    ProcessDueDates.Recalculated moved =
        processes.recalculate(code, d.processInstanceId(), shift, pausedAt != null, steps);
    boolean legalMoved = d.dueAt() != null && !d.dueAt().equals(shift.newLegalDue());
    if (legalMoved) {
      dossiers.moveDue(code, shift.newLegalDue());
    }
    if (!legalMoved && moved.tasks().isEmpty() && moved.timers() == 0) {
      return List.of();
    }
    String detail = detail(change, shift, moved);
    events.publishEvent(
        new DossierActionTaken(
            code, KIND, d.status(), d.status(), change.changedBy(), change.reason(), detail, now));
    return moved.tasks();
  }

  /**
   * The procedure version the dossier runs on; null when its process is gone (a version deleted
   * with its instances), whose dates then keep their working time.
   */
  private Procedure procedureOf(Dossier d) {
    boolean running =
        runtime.createProcessInstanceQuery().processInstanceId(d.processInstanceId()).count() > 0;
    return running ? catalogue.ofDefinition(d.procedureDefinitionId()) : null;
  }

  /** The holder of a moved step: its assignee, or the members of its unit while unclaimed. */
  private Set<String> holders(ProcessDueDates.MovedTask task) {
    if (task.assignee() != null) {
      return Set.of(task.assignee());
    }
    Set<String> members = new LinkedHashSet<>();
    for (String group : task.candidateGroups()) {
      if (Role.agencyOf(group) != null) {
        identity.createUserQuery().memberOfGroup(group).list().stream()
            .map(User::getId)
            .forEach(members::add);
      }
    }
    return members;
  }

  private String detail(
      HolidaysAnnounced change, CalendarChangeShift shift, ProcessDueDates.Recalculated moved) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("cause", "HOLIDAY_ANNOUNCEMENT");
    detail.put("year", change.year());
    detail.put("announcementChange", change.changeId());
    detail.put("announcementChangedAt", change.changedAt().toString());
    detail.put("announcementChangedBy", change.changedBy());
    detail.put("announcementReason", change.reason());
    if (shift.oldLegalDue() != null) {
      detail.put("previousDueAt", shift.oldLegalDue().toString());
      detail.put("newDueAt", shift.newLegalDue().toString());
    }
    List<Map<String, Object>> stepList = new ArrayList<>();
    for (ProcessDueDates.MovedTask task : moved.tasks()) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("taskId", task.taskId());
      step.put("step", task.activityId());
      step.put("stepName", task.name());
      step.put("previousDueAt", task.previousDue() == null ? null : task.previousDue().toString());
      step.put("newDueAt", task.newDue() == null ? null : task.newDue().toString());
      stepList.add(step);
    }
    detail.put("steps", stepList);
    detail.put("timersMoved", moved.timers());
    try {
      return json.writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
