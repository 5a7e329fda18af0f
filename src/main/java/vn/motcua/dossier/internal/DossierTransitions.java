package vn.motcua.dossier.internal;

import static vn.motcua.dossier.DossierStatus.AWAITING_SUPPLEMENT;
import static vn.motcua.dossier.DossierStatus.IN_PROGRESS;
import static vn.motcua.dossier.DossierStatus.RECEIVED;
import static vn.motcua.dossier.DossierStatus.RESULT_READY;
import static vn.motcua.dossier.DossierStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import vn.motcua.dossier.DossierStatus;

/** The actions on a dossier and the statuses each is allowed from (domain.md, lifecycle). */
enum DossierTransitions {
  SUPPLEMENTATION_REQUEST(EnumSet.of(SUBMITTED, RECEIVED, IN_PROGRESS)),
  SUPPLEMENT(EnumSet.of(AWAITING_SUPPLEMENT)),
  EXTENSION(EnumSet.of(RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT, RESULT_READY)),
  WITHDRAWAL(EnumSet.of(SUBMITTED, RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT)),
  RETURN(EnumSet.of(RESULT_READY));

  private final Set<DossierStatus> from;

  DossierTransitions(Set<DossierStatus> from) {
    this.from = from;
  }

  /** Whether the action is allowed from the dossier's current status. */
  boolean allows(Dossier dossier) {
    return from.contains(dossier.status());
  }

  /** Throws a 409 problem naming the current status when the action is not allowed from it. */
  void check(Dossier dossier) {
    if (!allows(dossier)) {
      throw new DossierProblems.IllegalTransitionException(dossier.code(), dossier.status(), this);
    }
  }
}
