package vn.motcua.dossier;

import java.time.Instant;

/** A dossier was received (at the counter) or submitted (online) and its process started. */
public record DossierReceived(
    String code,
    String procedureKey,
    String receivingAgency,
    String resolvingAgency,
    Channel channel,
    String receivedBy,
    Instant receivedAt,
    Instant dueAt) {}
