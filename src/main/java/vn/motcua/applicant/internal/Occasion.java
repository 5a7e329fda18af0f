package vn.motcua.applicant.internal;

import java.time.Instant;
import java.util.List;
import vn.motcua.dossier.DossierSummary;

/**
 * What a notice says about one moment of a dossier.
 *
 * @param at when it happened
 * @param dueAt the appointment the notice gives (the new one after an extension)
 * @param items what to supplement (SUPPLEMENTATION_REQUESTED)
 * @param reason why (supplementation, extension)
 * @param previousDueAt the appointment before an extension
 * @param rejected REFUSED: not resolved after appraisal rather than refused at reception
 */
record Occasion(
    Moment moment,
    DossierSummary dossier,
    Instant at,
    Instant dueAt,
    List<String> items,
    String reason,
    Instant previousDueAt,
    boolean rejected) {

  static Occasion of(Moment moment, DossierSummary dossier, Instant at) {
    return new Occasion(moment, dossier, at, dossier.dueAt(), List.of(), null, null, false);
  }
}
