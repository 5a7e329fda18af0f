package vn.motcua.dossier;

import java.time.Instant;

/**
 * A dossier's processing ended (a final status: returned, rejected, refused, withdrawn, closed), in
 * the transaction that ended it, after its end and any timeliness were written. Published from one
 * place whatever ended it, so a listener sees every ending exactly once.
 */
public record DossierFinished(String code, DossierStatus status, Instant at) {}
