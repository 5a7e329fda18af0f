package vn.motcua.dossier;

import java.time.Instant;

/**
 * What the public status lookup reads of a dossier before and after the applicant proved their
 * secret: identity, agencies, times and status, and the applicant's name and ID number only so that
 * the lookup can compare the digits and show masked initials (never shown as they are).
 *
 * @param dueAt the legal due date (moved by pauses, restarts and calendar announcements)
 * @param extendedDueAt the new appointment given with an apology (form 04), if any
 */
public record DossierTrack(
    String code,
    String procedureDefinitionId,
    String receivingAgency,
    String resolvingAgency,
    DossierStatus status,
    String applicantName,
    String applicantIdNumber,
    Instant receivedAt,
    Instant dueAt,
    Instant extendedDueAt,
    Instant finishedAt,
    String processInstanceId) {

  /** One stop of the legal clock: open while {@code resumedAt} is null. */
  public record ClockStop(Instant pausedAt, Instant resumedAt, String reasonCode, String reason) {}
}
