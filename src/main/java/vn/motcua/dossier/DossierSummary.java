package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What other modules may read of a dossier (papers, reports): identity, parties, times, status.
 *
 * @param dueAt the legal due date (appointment date), moved by pauses and extensions
 * @param pausedWorkingMinutes the working time its legal clock stood still (an open stop up to now)
 * @param pausedByReason the same by the procedure's declared reason
 * @param data the intake data as received (keys of the procedure's start form)
 */
public record DossierSummary(
    String code,
    String procedureKey,
    String procedureDefinitionId,
    String receivingAgency,
    String resolvingAgency,
    Channel channel,
    DossierStatus status,
    Applicant applicant,
    String receivedBy,
    Instant receivedAt,
    Instant dueAt,
    Instant finishedAt,
    String processInstanceId,
    long pausedWorkingMinutes,
    List<PausedTime> pausedByReason,
    Map<String, Object> data) {

  /** The applicant as recorded at reception. */
  public record Applicant(
      String fullName, String idNumber, String phone, String email, String address) {}
}
