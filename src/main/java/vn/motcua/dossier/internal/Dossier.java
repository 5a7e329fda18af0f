package vn.motcua.dossier.internal;

import java.time.Instant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Timeliness;

/** A dossier as stored in the {@code dossier} table. */
record Dossier(
    String code,
    String procedureKey,
    String procedureDefinitionId,
    String receivingAgency,
    String resolvingAgency,
    Channel channel,
    DossierStatus status,
    NewDossierRequest.Applicant applicant,
    String data,
    String receivedBy,
    Instant receivedAt,
    Instant dueAt,
    Instant finishedAt,
    String processInstanceId,
    Instant extendedDueAt,
    Timeliness timeliness,
    String checklist) {}
