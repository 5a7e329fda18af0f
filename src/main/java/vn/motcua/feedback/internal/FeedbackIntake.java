package vn.motcua.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.feedback.FeedbackChanged;

/**
 * Takes in a citizen's checked feedback, in one transaction: the row (RECEIVED), its support
 * process {@value #PROCESS} whose task is the agency's (ASSIGNED, due after the answer time), the
 * history and the audit event. Returns the code and the secret token, shown to the citizen once.
 */
@Component
class FeedbackIntake {

  static final String PROCESS = "feedback";
  static final String CODE = "feedbackCode";

  /** What the citizen gets back. */
  record Receipt(String code, String token, Instant dueAt) {}

  private final FeedbackStore store;
  private final RuntimeService runtime;
  private final FeedbackTimers timers;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FeedbackIntake(
      FeedbackStore store,
      RuntimeService runtime,
      FeedbackTimers timers,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.runtime = runtime;
    this.timers = timers;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  Receipt take(FeedbackValidation.Checked c) {
    Instant now = clock.instant();
    String code = FeedbackTokens.code(now, clock.getZone());
    String token = FeedbackTokens.token();
    String sender = FeedbackTokens.citizen(c.email(), c.phone());
    store.insert(
        new Feedback(
            code,
            FeedbackTokens.hash(token),
            c.about(),
            c.dossierCode(),
            c.procedureKey(),
            c.kind(),
            c.content(),
            c.senderName(),
            c.email(),
            c.phone(),
            sender,
            c.agency(),
            FeedbackStatus.RECEIVED,
            now,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            null));
    store.event(code, now, FeedbackStatus.RECEIVED.name(), sender, c.agency(), null);
    events.publishEvent(
        new FeedbackChanged(
            now,
            "FEEDBACK_RECEIVED",
            code,
            sender,
            c.agency(),
            FeedbackStatus.RECEIVED.name(),
            c.dossierCode(),
            null));
    String instance =
        runtime
            .startProcessInstanceByKey(
                PROCESS,
                Map.of(
                    CODE,
                    code,
                    FeedbackTimers.AGENCY,
                    c.agency(),
                    FeedbackTimers.ASSIGNED_AT,
                    Date.from(now)))
            .getId();
    Instant due = timers.due(c.agency(), now);
    store.assign(code, c.agency(), FeedbackStatus.ASSIGNED, now, due, instance);
    store.event(code, now, FeedbackStatus.ASSIGNED.name(), "system", c.agency(), null);
    return new Receipt(code, token, due);
  }
}
