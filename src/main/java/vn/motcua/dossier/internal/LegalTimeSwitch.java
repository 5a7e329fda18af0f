package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.LegalTimeVariant;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.Deadlines;
import vn.motcua.dossier.DossierActionTaken;

/**
 * Moves a dossier's legal due date when its process chooses a legal time variant at a branch
 * ({@code legalTimeVariant.<CODE>}): marriage registration is resolved the same working day, but
 * within 5 working days from receipt when the appraisal finds the conditions need verifying (Civil
 * Status Law 2014 Art. 18(2)). The variant counts from the start of the legal clock (receipt, the
 * desk's acceptance of an online submission, or the supplement that restarted it), plus the time
 * the clock already stood still since; the dossier's deadline timers follow. The judicial record
 * switches to its 15 working days when the verification step finds the conditions for automatic
 * expungement must be verified (Law on Judicial Records 2009 Art. 48(1)).
 *
 * <p>A late switch, after some of the dossier's rungs fired: each rung is reached once per dossier
 * (the deadline event is recorded once, and a fired date timer of a non-interrupting event
 * sub-process leaves no job behind), so only the rungs still pending move, and they move to the new
 * due date; a fired rung is not re-created. In particular the overdue timer, if still pending,
 * fires at the new due date. An OVERDUE flag raised before the switch stays, and the dossier stays
 * late: it was past the due date that applied then, its leader was told so, and the office had let
 * that time run out before establishing that the longer time applies; as with the apology letter's
 * new appointment date (Decree 118/2025 Art. 19(6)), a later, longer date does not undo the
 * lateness. A SOON_DUE flag likewise stays until the dossier is finished.
 */
@Component
class LegalTimeSwitch {

  /** When the legal clock last (re)started, where that is not the dossier's receipt. */
  static final String CLOCK_STARTED = "legalClockStartedAt";

  /** The kind of the dossier's history entry (and audit action) recording the switch. */
  static final String KIND = "LEGAL_TIME_VARIANT";

  private final DossierRepository dossiers;
  private final ClockPauseRepository pauses;
  private final ProcedureCatalogue catalogue;
  private final AgencyCalendars calendars;
  private final Clock clock;
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;

  LegalTimeSwitch(
      DossierRepository dossiers,
      ClockPauseRepository pauses,
      ProcedureCatalogue catalogue,
      AgencyCalendars calendars,
      Clock clock,
      ObjectMapper json,
      ApplicationEventPublisher events) {
    this.json = json;
    this.events = events;
    this.dossiers = dossiers;
    this.pauses = pauses;
    this.catalogue = catalogue;
    this.calendars = calendars;
    this.clock = clock;
  }

  /** The process chose the variant {@code code}: the dossier is due by its time from now on. */
  void apply(DelegateExecution execution, String code, String actor) {
    String dossierCode = execution.getProcessBusinessKey();
    Dossier dossier =
        dossiers
            .findForUpdate(dossierCode)
            .orElseThrow(() -> new DossierProblems.DossierNotFoundException(dossierCode));
    Procedure procedure = catalogue.ofDefinition(dossier.procedureDefinitionId());
    LegalTimeVariant variant =
        procedure
            .legalTimeVariant(code)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "procedure %s declares no legal time variant '%s' (%s<CODE>)"
                            .formatted(dossier.procedureKey(), code, LegalTimeVariant.PREFIX)));
    Date started = (Date) execution.getVariable(CLOCK_STARTED);
    Instant start = started == null ? dossier.receivedAt() : started.toInstant();
    WorkingCalendar calendar = calendars.of(dossier.resolvingAgency());
    long paused =
        pauses.findAll(dossierCode).stream()
            .filter(p -> !p.isOpen() && !p.pausedAt().isBefore(start))
            .mapToLong(p -> p.shiftWorkingMinutes() == null ? 0 : p.shiftWorkingMinutes())
            .sum();
    Instant due = calendars.legalClockOf(dossier.resolvingAgency()).dueAt(procedure, start, code);
    if (paused > 0) {
      due = calendar.addWorkingMinutes(due, paused);
    }
    execution.setVariable(LegalTimeVariant.FIELD, code);
    moveDue(execution, dossierCode, due);
    String detail;
    try {
      detail =
          json.writeValueAsString(
              Map.of(
                  "variant", code,
                  "legalTime", variant.amount() + " " + variant.unit().word(),
                  "legalBasis", variant.legalBasis(),
                  "previousDueAt", dossier.dueAt().toString(),
                  "newDueAt", due.toString()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Instant now = clock.instant();
    events.publishEvent(
        new DossierActionTaken(
            dossierCode,
            KIND,
            dossier.status(),
            dossier.status(),
            actor,
            variant.label(),
            detail,
            now));
  }

  /**
   * Sets the dossier's legal due date, on its row and its process, and moves its deadline timers
   * (soon due, apology, overdue) to follow it.
   */
  void moveDue(DelegateExecution execution, String dossierCode, Instant due) {
    dossiers.moveDue(dossierCode, due);
    execution.setVariable(Deadlines.LEGAL_DUE_VARIABLE, Date.from(due));
    var management = execution.getProcessEngineServices().getManagementService();
    for (String timer : Deadlines.DOSSIER_TIMERS) {
      management
          .createJobQuery()
          .processInstanceId(execution.getProcessInstanceId())
          .activityId(timer)
          .list()
          .forEach(job -> management.recalculateJobDuedate(job.getId(), false));
    }
  }
}
