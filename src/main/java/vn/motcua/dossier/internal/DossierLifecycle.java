package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
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
  private final DossierEvents history;

  DossierLifecycle(
      DossierRepository dossiers,
      ApplicationEventPublisher events,
      Clock clock,
      LegalClockControl legalClock,
      DossierEvents history) {
    this.history = history;
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

  /** Restarts the clock stopped by {@link #pauseClock}; due dates move by the paused time. */
  public void resumeClock(DelegateExecution execution) {
    legalClock.resumeFromProcess(execution.getProcessBusinessKey(), actor(execution));
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
    if (!dossiers.updateStatus(code, target, now)) {
      throw new IllegalStateException(
          "no dossier " + code + " for process instance " + execution.getProcessInstanceId());
    }
    history.record(
        code, new DossierEvents.Event(now, "STATUS", target, actor(execution), null, null));
    if (target == DossierStatus.RETURNED || target == DossierStatus.REJECTED) {
      dossiers
          .find(code)
          .ifPresent(
              d -> dossiers.setTimeliness(code, Timeliness.of(now, d.dueAt(), clock.getZone())));
    }
    events.publishEvent(new DossierStatusChanged(code, target, now));
  }
}
