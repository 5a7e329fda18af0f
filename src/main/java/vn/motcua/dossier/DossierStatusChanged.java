package vn.motcua.dossier;

import java.time.Instant;

/** A dossier moved to a new status. */
public record DossierStatusChanged(String code, DossierStatus status, Instant at) {}
