package vn.motcua.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.catalogue.ProcedureCatalogue;

/**
 * Due dates for BPMN expressions: {@code camunda:dueDate="${deadlines.stepDue(execution)}"}. A step
 * is due when its budget ({@code stepBudget} extension property) is spent, and never after the
 * dossier's legal due date (process variable {@value #LEGAL_DUE_VARIABLE}).
 */
@Component("deadlines")
public class Deadlines {

  public static final String LEGAL_DUE_VARIABLE = "legalDueAt";

  /** Set on the process instance once the apology letter with a new date (form 04) is issued. */
  public static final String APOLOGY_ISSUED_VARIABLE = "apologyIssued";

  /**
   * The timer start events of every procedure's deadline event sub-processes; their dates follow
   * the legal due date.
   */
  public static final java.util.List<String> DOSSIER_TIMERS =
      java.util.List.of(
          "TimerStart_DossierSoonDue", "TimerStart_ApologyDue", "TimerStart_DossierOverdue");

  /**
   * An online submission's acceptance deadline (8 working hours, Decree 118/2025 Art. 17(2)(c)),
   * set on its process until the desk accepts it: its reception step is due then, not after the
   * step's own budget, and not capped by the legal due date, which only starts at acceptance.
   */
  public static final String ACCEPTANCE_DUE_VARIABLE = "acceptanceDueAt";

  /** The reception step's element id, a convention of every procedure's BPMN. */
  static final String RECEPTION_STEP = "Task_Reception";

  /** The resolving agency, whose office hours count. */
  public static final String AGENCY_VARIABLE = "agency";

  private final AgencyCalendars calendars;
  private final ProcedureCatalogue catalogue;
  private final Clock clock;

  Deadlines(AgencyCalendars calendars, ProcedureCatalogue catalogue, Clock clock) {
    this.calendars = calendars;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** The due date of the user task {@code execution} is entering. */
  public Date stepDue(DelegateExecution execution) {
    Date acceptanceDue = (Date) execution.getVariable(ACCEPTANCE_DUE_VARIABLE);
    if (acceptanceDue != null && RECEPTION_STEP.equals(execution.getCurrentActivityId())) {
      return acceptanceDue;
    }
    Date legalDue = (Date) execution.getVariable(LEGAL_DUE_VARIABLE);
    Instant due =
        stepDue(
            (String) execution.getVariable(AGENCY_VARIABLE),
            clock.instant(),
            catalogue.stepBudget(
                execution.getProcessDefinitionId(), execution.getCurrentActivityId()),
            legalDue == null ? null : legalDue.toInstant());
    return due == null ? null : Date.from(due);
  }

  /**
   * When a step of {@code budget} started at {@code start} on the calendar of {@code agency} is
   * due: its budget spent, never after the legal due date; the legal due date itself for a step
   * without a budget. The engine's rule for every dossier, and the studio's deadline preview.
   */
  public Instant stepDue(
      String agency,
      Instant start,
      java.util.Optional<java.time.Duration> budget,
      Instant legalDue) {
    Instant due =
        budget.map(b -> calendars.legalClockOf(agency).stepDue(start, b)).orElse(legalDue);
    if (due == null) {
      return null;
    }
    return legalDue != null && legalDue.isBefore(due) ? legalDue : due;
  }

  /** The dossier's legal due date, e.g. for a timer on the whole process. */
  public Date legalDue(DelegateExecution execution) {
    return (Date) execution.getVariable(LEGAL_DUE_VARIABLE);
  }

  /**
   * Now plus a working-time duration ({@code P3D}, {@code PT4H}) in the resolving agency's
   * calendar: {@code <timeDate>${deadlines.after(execution, 'P2D')}</timeDate>}.
   */
  public Date after(DelegateExecution execution, String workingDuration) {
    var calendar = calendars.of((String) execution.getVariable(AGENCY_VARIABLE));
    long minutes =
        WorkingDuration.minutes(workingDuration, calendar.officeHours())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "not a working-time duration: " + workingDuration));
    return Date.from(calendar.addWorkingMinutes(clock.instant(), minutes));
  }
}
