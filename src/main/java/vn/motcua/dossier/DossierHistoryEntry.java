package vn.motcua.dossier;

import java.time.Instant;

/**
 * One line of a dossier's history: RECEIVED, STATUS, SUPPLEMENTATION_REQUESTED, SUPPLEMENTED,
 * EXTENDED, WITHDRAWN …; {@code detail} is JSON (the items to supplement, the new appointment).
 */
public record DossierHistoryEntry(
    Instant at, String kind, DossierStatus status, String actor, String reason, String detail) {}
