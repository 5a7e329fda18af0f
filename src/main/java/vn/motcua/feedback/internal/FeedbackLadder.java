package vn.motcua.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.FeedbackChanged;
import vn.motcua.notification.NoticeText;
import vn.motcua.notification.Notices;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officials;
import vn.motcua.organization.Role;

/**
 * The feedback's own ladder, run by the non-interrupting timers of {@code processes/feedback.bpmn}
 * ({@code ${feedbackLadder.warn(execution)}} …): the warning to the agency's leaders and unit heads
 * before the due date, the overdue flag with a notice to its leaders at the due date, and the
 * escalation to the supervisors above (the parent agency's, or the nearest ancestor's that has
 * some) later. Each rung is recorded once per assignment (a retried job or a second node finds it
 * marked) and notified once (the outbox's dedup key: code, rung, assignment). Public: the engine's
 * expressions call public methods of public classes only.
 */
@Component("feedbackLadder")
public class FeedbackLadder {

  /** The task-local marker our API sets before completing the task. */
  static final String THROUGH_API = "completedThroughApi";

  private final FeedbackStore store;
  private final Notices notices;
  private final Officials officials;
  private final Agencies agencies;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final String base;

  FeedbackLadder(
      FeedbackStore store,
      Notices notices,
      Officials officials,
      Agencies agencies,
      MessageSource messages,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${motcua.public-base-url:http://localhost:8080}") String base) {
    this.store = store;
    this.notices = notices;
    this.officials = officials;
    this.agencies = agencies;
    this.messages = messages;
    this.events = events;
    this.clock = clock;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public void warn(DelegateExecution execution) {
    reach(execution, "warned_at", "WARNED", heads(agency(execution)), null);
  }

  public void overdue(DelegateExecution execution) {
    String agency = agency(execution);
    reach(
        execution,
        "overdue_at",
        "OVERDUE",
        Set.copyOf(officials.holding(agency, Role.LEADER)),
        null);
  }

  public void escalate(DelegateExecution execution) {
    String agency = agency(execution);
    Optional<String> above = supervisorsAbove(agency);
    Set<String> people =
        above.map(a -> Set.copyOf(officials.holding(a, Role.SUPERVISOR))).orElse(Set.of());
    reach(execution, "escalated_at", "ESCALATED", people, above.map(Role.SUPERVISOR::groupOf));
  }

  /** Only our API completes the task (it records the answer or the forward first). */
  public void completing(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariableLocal(THROUGH_API))) {
      throw new ProcessEngineException(
          "Phản ánh, kiến nghị chỉ được trả lời hoặc chuyển qua /api/feedback/{code}/answer"
              + " hoặc /forward");
    }
  }

  private void reach(
      DelegateExecution execution,
      String column,
      String rung,
      Set<String> recipients,
      Optional<String> escalatedTo) {
    String code = (String) execution.getVariable(FeedbackIntake.CODE);
    Instant now = clock.instant();
    if (!store.markRung(code, column, now)) {
      return;
    }
    Feedback f = store.find(code).orElseThrow();
    String reason = escalatedTo == null ? null : escalatedTo.orElse(null);
    store.event(code, now, rung, "system", f.agency(), reason);
    events.publishEvent(
        new FeedbackChanged(
            now,
            "FEEDBACK_" + rung,
            code,
            "system",
            f.agency(),
            f.status().name(),
            f.dossierCode(),
            reason));
    if (!recipients.isEmpty()) {
      notices.send(
          "feedback:" + code + ":" + rung + ":" + f.forwards(),
          recipients,
          f.dossierCode(),
          locale -> text(f, rung, locale));
    }
  }

  private NoticeText text(Feedback f, String rung, Locale locale) {
    String agencyName = agencies.find(f.agency()).map(Agency::name).orElse(f.agency());
    String due = NoticeText.time(f.dueAt(), clock.getZone(), locale);
    String kind = messages.getMessage("feedback.kind." + f.kind().name(), null, locale);
    String subject =
        messages.getMessage(
            "feedback.notice." + rung + ".subject", new Object[] {f.code()}, locale);
    String body =
        messages.getMessage(
            "feedback.notice." + rung + ".body",
            new Object[] {f.code(), kind, agencyName, due, base + "/feedback?code=" + f.code()},
            locale);
    return new NoticeText("[Một Cửa] " + subject, body);
  }

  /** The leaders and unit heads of the agency: who may answer. */
  private Set<String> heads(String agency) {
    Set<String> people = new LinkedHashSet<>(officials.holding(agency, Role.LEADER));
    people.addAll(officials.holding(agency, Role.UNIT_HEAD));
    return people;
  }

  /** The nearest agency above this one that has supervisors; the agency itself at the top. */
  private Optional<String> supervisorsAbove(String agency) {
    String code = agencies.find(agency).map(Agency::parentCode).orElse(null);
    for (int depth = 0; code != null && depth < 16; depth++) {
      if (!officials.holding(code, Role.SUPERVISOR).isEmpty()) {
        return Optional.of(code);
      }
      code = agencies.find(code).map(Agency::parentCode).orElse(null);
    }
    return officials.holding(agency, Role.SUPERVISOR).isEmpty()
        ? Optional.empty()
        : Optional.of(agency);
  }

  private static String agency(DelegateExecution execution) {
    return (String) execution.getVariable(FeedbackTimers.AGENCY);
  }
}
