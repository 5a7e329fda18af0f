package vn.motcua.dossier.internal;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierFinished;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Timeliness;

/**
 * The one way a dossier's status is written: a final status also records when processing ended and,
 * with its timeliness if it has one, announces {@link DossierFinished}.
 */
@Component
class StatusWriter {

  private final DossierRepository dossiers;
  private final ApplicationEventPublisher events;

  StatusWriter(DossierRepository dossiers, ApplicationEventPublisher events) {
    this.dossiers = dossiers;
    this.events = events;
  }

  void move(String code, DossierStatus status, Instant at) {
    move(code, status, at, null);
  }

  void move(String code, DossierStatus status, Instant at, Timeliness timeliness) {
    dossiers.updateStatus(code, status, at);
    if (timeliness != null) {
      dossiers.setTimeliness(code, timeliness);
    }
    if (status.isFinal()) {
      events.publishEvent(new DossierFinished(code, status, at));
    }
  }
}
