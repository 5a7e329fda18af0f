package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.Deadlines;
import vn.motcua.deadline.EscalationRecipients;
import vn.motcua.dossier.DossierActionTaken;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.Role;

/**
 * The desk's time to accept or return an online submission: 8 working hours of the receiving
 * agency's calendar from submission (Decree 118/2025 Art. 17(2)(c); {@link
 * OnlineAcceptanceSettings}), kept by the support process {@value #PROCESS}, bean {@code
 * onlineAcceptance}. Its first rung tells the agency's reception officers and unit head, its second
 * the leader and the supervisors above; each rung is reached at most once per wait (a conditional
 * update on {@code online_acceptance}, the notices keyed by dossier, rung and due instant), in the
 * timer job's transaction, and recorded in the dossier's history and the audit trail. Acceptance,
 * return (form 02), refusal (form 03) and withdrawal end the wait.
 */
@Component("onlineAcceptance")
public class OnlineAcceptance {

  /** The rungs of the acceptance ladder. */
  enum Rung {
    OVERDUE,
    ESCALATED;

    String kind() {
      return "ACCEPTANCE_" + name();
    }
  }

  static final String PROCESS = "online-acceptance";
  static final String ESCALATES_VARIABLE = "acceptanceEscalatesAt";

  private final OnlineAcceptanceStore store;
  private final OnlineAcceptanceSettings settings;
  private final AgencyCalendars calendars;
  private final RuntimeService runtime;
  private final DossierRepository dossiers;
  private final EscalationRecipients recipients;
  private final OnlineAcceptanceNotices notices;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OnlineAcceptance(
      OnlineAcceptanceStore store,
      OnlineAcceptanceSettings settings,
      AgencyCalendars calendars,
      RuntimeService runtime,
      DossierRepository dossiers,
      EscalationRecipients recipients,
      OnlineAcceptanceNotices notices,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.settings = settings;
    this.calendars = calendars;
    this.runtime = runtime;
    this.dossiers = dossiers;
    this.recipients = recipients;
    this.notices = notices;
    this.events = events;
    this.clock = clock;
  }

  /** When the desk's time runs out for a submission at {@code at} to {@code agency}. */
  Instant dueAt(String agency, Instant at) {
    WorkingCalendar calendar = calendars.of(agency);
    return calendar.addWorkingMinutes(at, minutes(settings.allowed(), calendar));
  }

  /**
   * The online dossier waits for its desk from {@code at} (its submission, or the supplement the
   * desk asked for): the wait is recorded and its process started.
   */
  void open(String code, String agency, Instant at) {
    WorkingCalendar calendar = calendars.of(agency);
    Instant due = dueAt(agency, at);
    Instant escalates =
        calendar.addWorkingMinutes(due, minutes(settings.escalateAfter(), calendar));
    cancelTimers(code);
    store.open(code, agency, at, due, escalates);
    Map<String, Object> variables = new HashMap<>();
    variables.put("dossierCode", code);
    variables.put(Deadlines.AGENCY_VARIABLE, agency);
    variables.put(Deadlines.ACCEPTANCE_DUE_VARIABLE, Date.from(due));
    variables.put(ESCALATES_VARIABLE, Date.from(escalates));
    runtime.startProcessInstanceByKey(PROCESS, variables);
  }

  /** The desk decided (or the applicant withdrew): the wait ends and its timers with it. */
  void decided(String code, String decision, String by) {
    store.decide(code, decision, by, clock.instant());
    cancelTimers(code);
  }

  private void cancelTimers(String code) {
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS)
        .variableValueEquals("dossierCode", code)
        .list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "decided", true));
  }

  /**
   * A timer of {@value #PROCESS} fired: {@code ${onlineAcceptance.reached(execution, 'OVERDUE')}}.
   */
  public void reached(DelegateExecution execution, String rung) {
    String code = (String) execution.getVariable("dossierCode");
    Date due = (Date) execution.getVariable(Deadlines.ACCEPTANCE_DUE_VARIABLE);
    Rung r = Rung.valueOf(rung);
    Dossier d = dossiers.find(code).orElse(null);
    Instant now = clock.instant();
    if (d == null
        || d.status() != DossierStatus.SUBMITTED
        || !store.reach(code, r, due.toInstant(), now)) {
      return;
    }
    String agency = d.receivingAgency();
    Set<String> to = new LinkedHashSet<>();
    if (r == Rung.OVERDUE) {
      to.addAll(recipients.members(Role.RECEPTION.groupOf(agency)));
      to.addAll(recipients.members(recipients.unitHeadGroup(agency)));
    } else {
      to.addAll(recipients.members(Role.LEADER.groupOf(agency)));
      recipients.supervisorGroup(agency).ifPresent(g -> to.addAll(recipients.members(g)));
    }
    long hours = minutes(settings.allowed(), calendars.of(agency)) / 60;
    String reason = notices.historyReason(r, hours);
    String detail = notices.detail(r, due.toInstant(), to);
    events.publishEvent(
        new DossierActionTaken(
            code, r.kind(), d.status(), d.status(), "system", reason, detail, now));
    notices.send(
        "online-acceptance:" + code + ":" + r.name() + ":" + due.getTime(),
        to,
        d,
        r,
        due.toInstant(),
        hours);
  }

  private static long minutes(String duration, WorkingCalendar calendar) {
    return WorkingDuration.minutes(duration, calendar.officeHours())
        .orElseThrow(
            () ->
                new IllegalStateException("motcua.online-acceptance: not a duration " + duration));
  }
}
