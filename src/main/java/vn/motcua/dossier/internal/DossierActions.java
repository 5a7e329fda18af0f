package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.ClockRule;
import vn.motcua.catalogue.LegalTimeVariant;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.Deadlines;
import vn.motcua.dossier.DossierActionTaken;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * What civil servants do to a dossier besides working its steps: request a supplement and take it
 * in (the clock pauses, or restarts per the procedure), extend the appointment with an apology,
 * record a withdrawal, return the result. Each action is checked against the current status and
 * written to the dossier's history.
 */
@Service
@Transactional
class DossierActions {

  private final DossierRepository dossiers;
  private final DossierAccess access;
  private final DossierEvents events;
  private final LegalClockControl clockControl;
  private final ProcedureCatalogue catalogue;
  private final AgencyCalendars calendars;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;
  private final CurrentOfficial official;
  private final ObjectMapper json;
  private final Clock clock;
  private final SupplementDeadline supplementDeadline;
  private final ApplicationEventPublisher published;
  private final StatusWriter statuses;
  private final ActionPolicy policy;
  private final SupplementationRule supplementation;
  private final OnlineAcceptance onlineAcceptance;

  DossierActions(
      DossierRepository dossiers,
      DossierAccess access,
      DossierEvents events,
      LegalClockControl clockControl,
      ProcedureCatalogue catalogue,
      AgencyCalendars calendars,
      RuntimeService runtime,
      TaskService tasks,
      FormService forms,
      CurrentOfficial official,
      ObjectMapper json,
      Clock clock,
      SupplementDeadline supplementDeadline,
      ApplicationEventPublisher published,
      StatusWriter statuses,
      ActionPolicy policy,
      SupplementationRule supplementation,
      OnlineAcceptance onlineAcceptance) {
    this.onlineAcceptance = onlineAcceptance;
    this.policy = policy;
    this.supplementation = supplementation;
    this.statuses = statuses;
    this.published = published;
    this.supplementDeadline = supplementDeadline;
    this.dossiers = dossiers;
    this.access = access;
    this.events = events;
    this.clockControl = clockControl;
    this.catalogue = catalogue;
    this.calendars = calendars;
    this.runtime = runtime;
    this.tasks = tasks;
    this.forms = forms;
    this.official = official;
    this.json = json;
    this.clock = clock;
  }

  /** Form 02: the dossier goes back to the applicant; its process and legal clock stop. */
  void requestSupplement(String code, ActionRequests.Supplementation request) {
    Dossier d =
        lock(
            code,
            ActionPolicy.Action.SUPPLEMENTATION_REQUEST,
            DossierTransitions.SUPPLEMENTATION_REQUEST);
    SupplementationRule.Stage stage =
        supplementation.check(d, catalogue.ofDefinition(d.procedureDefinitionId()));
    runtime.suspendProcessInstanceById(d.processInstanceId());
    if (d.status() == DossierStatus.SUBMITTED) {
      // an online submission returned for completion (form 02), by its desk only: its legal clock
      // never started
      String desk = Role.RECEPTION.groupOf(d.receivingAgency());
      if (!official.inGroup(desk)) {
        throw new AcceptanceProblems.NotReceptionOfficerException(code, d.receivingAgency(), desk);
      }
      onlineAcceptance.decided(code, "REQUEST_COMPLETION", official.id());
    } else {
      clockControl.pauseForSupplementation(
          code, "Yêu cầu bổ sung: " + request.reason(), official.id());
    }
    supplementDeadline.start(code);
    move(
        d,
        DossierStatus.AWAITING_SUPPLEMENT,
        SupplementationRule.KIND,
        request.reason(),
        Map.of("items", request.items(), "stage", stage.name()));
  }

  /** The applicant's supplement arrived: the clock resumes, or restarts from zero. */
  void takeSupplement(String code, ActionRequests.Supplement request) {
    Dossier d = lock(code, ActionPolicy.Action.SUPPLEMENT, DossierTransitions.SUPPLEMENT);
    applySupplement(d, request, official.id());
  }

  /**
   * The applicant sent the supplement online through the link of the supplementation notice (the
   * caller proved the dossier's secret token): the same as {@link #takeSupplement}, attributed to
   * {@code citizen} ({@code citizen:<masked contact>}), only while the dossier awaits it.
   */
  void takeSupplementFromApplicant(String code, ActionRequests.Supplement request, String citizen) {
    Dossier d =
        dossiers
            .findForUpdate(code)
            .orElseThrow(() -> new DossierProblems.DossierNotFoundException(code));
    DossierTransitions.SUPPLEMENT.check(d);
    applySupplement(d, request, citizen);
  }

  private void applySupplement(Dossier d, ActionRequests.Supplement request, String actor) {
    String code = d.code();
    runtime.activateProcessInstanceById(d.processInstanceId());
    supplementDeadline.cancel(code);
    Procedure procedure = catalogue.ofDefinition(d.procedureDefinitionId());
    DossierStatus back = statusBeforeSupplementation(code);
    if (back == DossierStatus.SUBMITTED) {
      // completed online submission: it waits for the desk again, its clock still not started
      Instant now = clock.instant();
      onlineAcceptance.open(code, d.receivingAgency(), now);
      runtime.setVariable(
          d.processInstanceId(),
          Deadlines.ACCEPTANCE_DUE_VARIABLE,
          Date.from(onlineAcceptance.dueAt(d.receivingAgency(), now)));
    } else {
      clockControl.resumeFromProcess(code, actor);
    }
    if (back != DossierStatus.SUBMITTED && procedure.supplementClockRule() == ClockRule.RESTART) {
      // the restarted clock counts the dossier's legal time variant, if one was chosen
      Instant now = clock.instant();
      Instant restarted =
          calendars
              .legalClockOf(d.resolvingAgency())
              .dueAt(
                  procedure,
                  now,
                  (String) runtime.getVariable(d.processInstanceId(), LegalTimeVariant.FIELD));
      dossiers.moveDue(code, restarted);
      runtime.setVariable(
          d.processInstanceId(), Deadlines.LEGAL_DUE_VARIABLE, Date.from(restarted));
      runtime.setVariable(d.processInstanceId(), LegalTimeSwitch.CLOCK_STARTED, Date.from(now));
    }
    move(
        d,
        back,
        "SUPPLEMENTED",
        request.note(),
        Map.of("clockRule", procedure.supplementClockRule().name()),
        actor);
  }

  /** The apology task of every procedure's "Văn bản xin lỗi" event sub-process. */
  static final String APOLOGY_TASK = "Task_IssueApology";

  /** Form 04: a new appointment date with an apology, given once; the dossier stays late. */
  void extend(String code, ActionRequests.Extension request) {
    applyExtension(
        lock(code, ActionPolicy.Action.EXTENSION, DossierTransitions.EXTENSION),
        request,
        official.id());
  }

  /**
   * Form 04 issued by the unit head through the apology task; Camunda's authorizations already
   * decided who may complete it.
   */
  void extendFromApologyTask(String code, ActionRequests.Extension request, String actor) {
    Dossier d =
        dossiers
            .findForUpdate(code)
            .orElseThrow(() -> new DossierProblems.DossierNotFoundException(code));
    DossierTransitions.EXTENSION.check(d);
    applyExtension(d, request, actor);
  }

  private void applyExtension(Dossier d, ActionRequests.Extension request, String actor) {
    String code = d.code();
    if (events.count(code, "EXTENDED") > 0) {
      throw new DossierProblems.AlreadyExtendedException(code);
    }
    if (!request.newDueAt().isAfter(d.dueAt())) {
      throw new DossierProblems.NewDueDateTooEarlyException(
          code, request.newDueAt(), d.dueAt(), clock.getZone());
    }
    dossiers.extend(code, request.newDueAt());
    if (d.processInstanceId() != null
        && runtime.createProcessInstanceQuery().processInstanceId(d.processInstanceId()).count()
            > 0) {
      runtime.setVariable(d.processInstanceId(), Deadlines.APOLOGY_ISSUED_VARIABLE, true);
    }
    String detail =
        toJson(
            Map.of(
                "previousDueAt", d.dueAt().toString(), "newDueAt", request.newDueAt().toString()));
    Instant now = clock.instant();
    published.publishEvent(
        new DossierActionTaken(
            code, "EXTENDED", d.status(), d.status(), actor, request.reason(), detail, now));
  }

  /** The applicant stops the procedure before any result exists (form 05). */
  void withdraw(String code, ActionRequests.Withdrawal request) {
    Dossier d = lock(code, ActionPolicy.Action.WITHDRAWAL, DossierTransitions.WITHDRAWAL);
    onlineAcceptance.decided(code, "WITHDRAWN", official.id());
    clockControl.closeIfOpen(code, official.id());
    supplementDeadline.cancel(code);
    runtime.deleteProcessInstance(d.processInstanceId(), "WITHDRAWN: " + request.reason(), true);
    move(d, DossierStatus.WITHDRAWN, "WITHDRAWN", request.reason(), Map.of());
  }

  /** The desk hands the result over: completes the result-return step. */
  void returnResult(String code, ActionRequests.Return request) {
    Dossier d = lock(code, ActionPolicy.Action.RETURN, DossierTransitions.RETURN);
    var task =
        tasks.createTaskQuery().processInstanceBusinessKey(code).list().stream()
            .filter(t -> !APOLOGY_TASK.equals(t.getTaskDefinitionKey()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no result-return step on " + code));
    forms.submitTaskForm(
        task.getId(),
        Map.of(
            "returnMethod",
            request.method().name(),
            "returnNote",
            request.note() == null ? "" : request.note()));
  }

  /** The status the dossier had when the supplement was requested (RECEIVED or IN_PROGRESS). */
  private DossierStatus statusBeforeSupplementation(String code) {
    DossierStatus before = DossierStatus.IN_PROGRESS;
    DossierStatus previous = null;
    for (DossierEvents.Event event : events.of(code)) {
      if (event.kind().equals(SupplementationRule.KIND) && previous != null) {
        before = previous;
      }
      previous = event.status();
    }
    return before;
  }

  /** Locks the dossier; the caller must see it, hold a role for the action, in a fitting status. */
  private Dossier lock(String code, ActionPolicy.Action action, DossierTransitions transition) {
    Dossier d =
        access.check(
            dossiers
                .findForUpdate(code)
                .orElseThrow(() -> new DossierProblems.DossierNotFoundException(code)));
    policy.check(action, d);
    transition.check(d);
    return d;
  }

  private void move(
      Dossier d, DossierStatus status, String kind, String reason, Map<String, Object> detail) {
    move(d, status, kind, reason, detail, official.id());
  }

  private void move(
      Dossier d,
      DossierStatus status,
      String kind,
      String reason,
      Map<String, Object> detail,
      String actor) {
    statuses.move(d.code(), status, clock.instant());
    Instant now = clock.instant();
    String json = toJson(detail);
    published.publishEvent(
        new DossierActionTaken(d.code(), kind, d.status(), status, actor, reason, json, now));
  }

  private String toJson(Map<String, Object> detail) {
    try {
      return detail.isEmpty() ? null : json.writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
