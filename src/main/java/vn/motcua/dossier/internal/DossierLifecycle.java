package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.LegalTimeVariant;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.Deadlines;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.Timeliness;

/**
 * Moves a dossier through its lifecycle from BPMN execution listeners: {@code
 * ${dossierLifecycle.moveTo(execution, 'IN_PROGRESS')}}. Setting the same status twice is harmless,
 * so job retries and replays do no damage.
 */
@Component("dossierLifecycle")
public class DossierLifecycle {

  private final DossierRepository dossiers;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  private final LegalClockControl legalClock;
  private final SupplementDeadline supplementDeadline;
  private final ProcedureCatalogue catalogue;
  private final AgencyCalendars calendars;
  private final ObjectProvider<DossierActions> actions;
  private final StatusWriter statuses;
  private final LegalTimeSwitch legalTimeSwitch;
  private final OnlineAcceptance onlineAcceptance;

  DossierLifecycle(
      DossierRepository dossiers,
      ApplicationEventPublisher events,
      Clock clock,
      LegalClockControl legalClock,
      ProcedureCatalogue catalogue,
      AgencyCalendars calendars,
      SupplementDeadline supplementDeadline,
      ObjectProvider<DossierActions> actions,
      StatusWriter statuses,
      LegalTimeSwitch legalTimeSwitch,
      OnlineAcceptance onlineAcceptance) {
    this.onlineAcceptance = onlineAcceptance;
    this.legalTimeSwitch = legalTimeSwitch;
    this.statuses = statuses;
    this.actions = actions;
    this.supplementDeadline = supplementDeadline;
    this.catalogue = catalogue;
    this.calendars = calendars;
    this.dossiers = dossiers;
    this.events = events;
    this.clock = clock;
    this.legalClock = legalClock;
  }

  /**
   * Stops the legal clock where the law excludes time from it, e.g. while the tax authority
   * determines obligations: {@code ${dossierLifecycle.pauseClock(execution, 'reason')}}.
   */
  public void pauseClock(DelegateExecution execution, String reason) {
    legalClock.pauseFromProcess(execution.getProcessBusinessKey(), reason, actor(execution));
  }

  /** The applicant's time to supplement ran out: {@code supplement-deadline}'s service task. */
  public void closeWithoutSupplement(DelegateExecution execution) {
    supplementDeadline.close((String) execution.getVariable("dossierCode"));
  }

  /** Restarts the clock stopped by {@link #pauseClock}; due dates move by the paused time. */
  public void resumeClock(DelegateExecution execution) {
    legalClock.resumeFromProcess(execution.getProcessBusinessKey(), actor(execution));
  }

  /**
   * The process chose a legal time variant at a branch ({@code legalTimeVariant.<CODE>}), e.g.
   * marriage registration once the appraisal finds verification is needed: {@code
   * ${dossierLifecycle.applyLegalTimeVariant(execution, 'VERIFICATION')}}.
   */
  public void applyLegalTimeVariant(DelegateExecution execution, String variant) {
    legalTimeSwitch.apply(execution, variant, actor(execution));
  }

  /**
   * Whether an officer's finding (the boolean process variable {@code finding}, e.g. the judicial
   * record's {@code expungementVerificationNeeded}) calls for a longer legal time variant: it is
   * true and the dossier has no variant yet. A variant already chosen stays: the longer time is
   * already the dossier's, and an urgent time is not lengthened by a finding (Law on Judicial
   * Records 2009 Art. 48(2): urgent requests within 24 hours, with no verification exception).
   */
  public boolean legalTimeVariantNeeded(DelegateExecution execution, String finding) {
    Object chosen = execution.getVariable(LegalTimeVariant.FIELD);
    return Boolean.TRUE.equals(execution.getVariable(finding))
        && (chosen == null || chosen.toString().isBlank());
  }

  /**
   * An online submission's legal clock starts when the desk accepts it, not when it was sent, with
   * the legal time variant the intake data chose, if any.
   */
  private void startClock(DelegateExecution execution, Dossier dossier, Instant acceptedAt) {
    Instant due =
        calendars
            .legalClockOf(dossier.resolvingAgency())
            .dueAt(
                catalogue.ofDefinition(dossier.procedureDefinitionId()),
                acceptedAt,
                (String) execution.getVariable(LegalTimeVariant.FIELD));
    execution.setVariable(LegalTimeSwitch.CLOCK_STARTED, Date.from(acceptedAt));
    legalTimeSwitch.moveDue(execution, dossier.code(), due);
  }

  /**
   * The apology task is done: form 04 with the reason and the new appointment date the unit head
   * entered ({@code apologyReason}, {@code newDueDate} as dd/MM/yyyy ({@link AppointmentDate}): the
   * office closes that day).
   */
  public void issueApology(DelegateTask task) {
    String code = task.getExecution().getProcessBusinessKey();
    LocalDate day = AppointmentDate.parse(task.getVariable("newDueDate"), clock.getZone());
    String agency = (String) task.getVariable(Deadlines.AGENCY_VARIABLE);
    Instant newDue = calendars.of(agency).closeOf(day);
    String actor =
        Optional.ofNullable(
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication())
            .map(a -> a.getUserId())
            .orElse(task.getAssignee() == null ? "system" : task.getAssignee());
    actions
        .getObject()
        .extendFromApologyTask(
            code,
            new ActionRequests.Extension((String) task.getVariable("apologyReason"), newDue),
            actor);
  }

  private static String actor(DelegateExecution execution) {
    var authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null
        ? authentication.getUserId()
        : "system";
  }

  public void moveTo(DelegateExecution execution, String status) {
    String code = execution.getProcessBusinessKey();
    DossierStatus target = DossierStatus.valueOf(status);
    Instant now = clock.instant();
    Dossier before =
        dossiers
            .find(code)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no dossier " + code + " for process " + execution.getProcessInstanceId()));
    var user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (target == DossierStatus.REFUSED) {
      ActionPolicy.checkStep(ActionPolicy.Action.REFUSAL, before, user);
    }
    if (before.status() == DossierStatus.SUBMITTED && target == DossierStatus.IN_PROGRESS) {
      ActionPolicy.checkStep(ActionPolicy.Action.RECEIVE, before, user);
      startClock(execution, before, now);
      // accepted: the wait for the desk ends, and the reception step's deadline with it
      onlineAcceptance.decided(code, "ACCEPTED", actor(execution));
      execution.removeVariable(Deadlines.ACCEPTANCE_DUE_VARIABLE);
    } else if (before.status() == DossierStatus.SUBMITTED && target.isFinal()) {
      onlineAcceptance.decided(code, target.name(), actor(execution));
    }
    // the due date only moves when an online submission is accepted, never on these statuses
    Timeliness timeliness =
        target == DossierStatus.RETURNED || target == DossierStatus.REJECTED
            ? Timeliness.of(now, before.dueAt(), clock.getZone())
            : null;
    statuses.move(code, target, now, timeliness);
    events.publishEvent(new DossierStatusChanged(code, target, now, actor(execution)));
  }
}
