package vn.motcua.dossier;

import java.time.Instant;

/**
 * A dossier's legal clock runs again; its due dates moved by the working time that elapsed while it
 * was paused.
 */
public record DossierResumed(
    String code, String by, Instant at, long shiftWorkingMinutes, Instant newDueAt) {}
