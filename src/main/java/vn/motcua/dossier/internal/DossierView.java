package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.List;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;

/** A dossier as the API shows it, with the steps open on it now. */
record DossierView(
    String code,
    String procedure,
    String receivingAgency,
    String resolvingAgency,
    Channel channel,
    DossierStatus status,
    NewDossierRequest.Applicant applicant,
    String receivedBy,
    Instant receivedAt,
    Instant dueAt,
    Instant finishedAt,
    List<OpenStep> openSteps) {

  /** A user task waiting on the dossier. */
  record OpenStep(
      String taskId,
      String key,
      String name,
      String candidateGroup,
      String assignee,
      Instant dueAt) {}

  /** The answer to a successful {@code POST /api/dossiers}. */
  record Receipt(String code, DossierStatus status, Instant receivedAt, Instant dueAt) {}
}
