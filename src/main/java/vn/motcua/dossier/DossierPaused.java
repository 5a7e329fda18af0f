package vn.motcua.dossier;

import java.time.Instant;

/** A dossier's legal clock stopped: it waits on the applicant or on another agency. */
public record DossierPaused(String code, String reason, String by, Instant at) {}
