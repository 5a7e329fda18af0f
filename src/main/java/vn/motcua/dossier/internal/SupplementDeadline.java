package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierActionTaken;
import vn.motcua.dossier.DossierStatus;

/**
 * The time the applicant has to supplement a dossier: 15 days (calendar days: an assumption,
 * domain.md), kept by the support process {@value #PROCESS} whose timer closes the dossier as
 * CLOSED_NO_SUPPLEMENT when nothing arrived. The supplement or a withdrawal cancels it.
 */
@Component
class SupplementDeadline {

  static final String PROCESS = "supplement-deadline";
  static final Duration ALLOWED = Duration.ofDays(15);

  private final RuntimeService runtime;
  private final DossierRepository dossiers;
  private final LegalClockControl clockControl;
  private final Clock clock;
  private final ApplicationEventPublisher published;
  private final StatusWriter statuses;

  SupplementDeadline(
      RuntimeService runtime,
      DossierRepository dossiers,
      LegalClockControl clockControl,
      Clock clock,
      ApplicationEventPublisher published,
      StatusWriter statuses) {
    this.statuses = statuses;
    this.published = published;
    this.runtime = runtime;
    this.dossiers = dossiers;
    this.clockControl = clockControl;
    this.clock = clock;
  }

  void start(String code) {
    runtime.startProcessInstanceByKey(
        PROCESS,
        Map.of("dossierCode", code, "supplementDueAt", Date.from(clock.instant().plus(ALLOWED))));
  }

  void cancel(String code) {
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS)
        .variableValueEquals("dossierCode", code)
        .list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "cancelled", true));
  }

  /** The timer fired: closes the dossier unless the supplement arrived meanwhile. */
  void close(String code) {
    Dossier d = dossiers.findForUpdate(code).orElseThrow();
    if (d.status() != DossierStatus.AWAITING_SUPPLEMENT) {
      return;
    }
    Instant now = clock.instant();
    clockControl.closeIfOpen(code, "system");
    runtime.deleteProcessInstance(d.processInstanceId(), "CLOSED_NO_SUPPLEMENT", true);
    statuses.move(code, DossierStatus.CLOSED_NO_SUPPLEMENT, now);
    String reason = "Quá thời hạn bổ sung hồ sơ (" + ALLOWED.toDays() + " ngày)";
    DossierStatus closed = DossierStatus.CLOSED_NO_SUPPLEMENT;
    published.publishEvent(
        new DossierActionTaken(
            code, closed.name(), d.status(), closed, "system", reason, null, now));
  }
}
