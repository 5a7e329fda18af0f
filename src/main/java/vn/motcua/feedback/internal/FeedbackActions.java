package vn.motcua.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.feedback.FeedbackChanged;
import vn.motcua.feedback.internal.FeedbackProblems.FeedbackException;
import vn.motcua.organization.Agencies;

/**
 * The assigned agency's leader or unit head answers a feedback (ANSWERED, the citizen's page shows
 * the answer) or forwards it to another agency with a reason (FORWARDED; the answer time starts
 * over for that agency). Each is recorded with the official, audited, and completes the agency's
 * task in the engine as that official.
 */
@Component
class FeedbackActions {

  static final int MAX_REASON = 1000;

  private final FeedbackStore store;
  private final FeedbackAccess access;
  private final FeedbackTimers timers;
  private final TaskService tasks;
  private final IdentityService identity;
  private final Agencies agencies;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FeedbackActions(
      FeedbackStore store,
      FeedbackAccess access,
      FeedbackTimers timers,
      TaskService tasks,
      IdentityService identity,
      Agencies agencies,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.access = access;
    this.timers = timers;
    this.tasks = tasks;
    this.identity = identity;
    this.agencies = agencies;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  Feedback answer(String code, String answer) {
    Feedback f = openForAction(code);
    String text = answer == null ? null : answer.strip();
    if (text == null || text.isEmpty()) {
      throw FeedbackProblems.invalid("answer", "answer-required");
    }
    if (text.length() > FeedbackValidation.MAX_CONTENT) {
      throw FeedbackProblems.invalid(
          "answer", "answer-too-long", String.valueOf(FeedbackValidation.MAX_CONTENT));
    }
    Instant now = clock.instant();
    store.answer(code, text, access.id(), now);
    store.event(code, now, FeedbackStatus.ANSWERED.name(), access.id(), f.agency(), null);
    complete(f, Map.of("outcome", FeedbackStatus.ANSWERED.name()));
    publish(now, "FEEDBACK_ANSWERED", f, f.agency(), FeedbackStatus.ANSWERED, null);
    return store.find(code).orElseThrow();
  }

  @Transactional
  Feedback forward(String code, String agency, String reason) {
    Feedback f = openForAction(code);
    String to = agency == null ? null : agency.strip();
    if (to == null || to.isEmpty() || to.length() > 64 || agencies.find(to).isEmpty()) {
      throw FeedbackProblems.invalid("agency", "forward-agency", String.valueOf(to));
    }
    if (to.equals(f.agency())) {
      throw FeedbackProblems.invalid("agency", "forward-same", to);
    }
    String why = reason == null ? null : reason.strip();
    if (why == null || why.isEmpty() || why.length() > MAX_REASON) {
      throw FeedbackProblems.invalid("reason", "forward-reason", String.valueOf(MAX_REASON));
    }
    Instant now = clock.instant();
    store.assign(code, to, FeedbackStatus.FORWARDED, now, timers.due(to, now), null);
    store.event(code, now, FeedbackStatus.FORWARDED.name(), access.id(), to, why);
    complete(
        f,
        Map.of(
            "outcome",
            FeedbackStatus.FORWARDED.name(),
            FeedbackTimers.AGENCY,
            to,
            FeedbackTimers.ASSIGNED_AT,
            Date.from(now)));
    publish(now, "FEEDBACK_FORWARDED", f, to, FeedbackStatus.FORWARDED, why);
    return store.find(code).orElseThrow();
  }

  /** The feedback, locked, if the official may act on it now. */
  private Feedback openForAction(String code) {
    Feedback f =
        store
            .findForUpdate(code)
            .filter(access::mayRead)
            .orElseThrow(() -> FeedbackProblems.notFound(code));
    if (!access.mayAct(f.agency())) {
      throw FeedbackProblems.forbidden(code, f.agency());
    }
    if (!f.status().isOpen()) {
      throw FeedbackProblems.closed(code);
    }
    return f;
  }

  private void complete(Feedback f, Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(f.processInstanceId())
            .taskDefinitionKey("Task_AnswerFeedback")
            .singleResult();
    if (task == null) {
      throw new FeedbackException(HttpStatus.CONFLICT, "no-task", "code", f.code());
    }
    // set as the application (an official's TASK_WORK does not cover task variables)
    tasks.setVariableLocal(task.getId(), FeedbackLadder.THROUGH_API, true);
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(access.id(), access.groups());
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.setAuthentication(previous);
    }
  }

  private void publish(
      Instant at, String action, Feedback f, String agency, FeedbackStatus status, String reason) {
    events.publishEvent(
        new FeedbackChanged(
            at, action, f.code(), access.id(), agency, status.name(), f.dossierCode(), reason));
  }
}
