package vn.motcua.dossier;

import java.time.Instant;

/**
 * A civil servant (or, for {@code CLOSED_NO_SUPPLEMENT}, the system) acted on a dossier besides
 * working its steps: {@code SUPPLEMENTATION_REQUESTED}, {@code SUPPLEMENTED}, {@code EXTENDED},
 * {@code WITHDRAWN}, {@code CLOSED_NO_SUPPLEMENT}, the transfers between desks and the other lines
 * of the dossier's history. Published in the transaction of the action, with the status before and
 * after and the JSON detail; its audit entry is the line of the dossier's history.
 */
public record DossierActionTaken(
    String code,
    String action,
    DossierStatus statusBefore,
    DossierStatus statusAfter,
    String actor,
    String reason,
    String detail,
    Instant at) {}
