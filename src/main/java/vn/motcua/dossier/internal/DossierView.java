package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.motcua.catalogue.PauseReason;
import vn.motcua.deadline.Flag;
import vn.motcua.deadline.StepRecord;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PausedTime;
import vn.motcua.dossier.Timeliness;

/**
 * A dossier as the API shows it, with the stops of its legal clock and the steps open on it now;
 * {@code pausedWorkingMinutes} and {@code pausedByReason}: the working time its clock stood still
 * (an open stop up to now), {@code pauseReasons}: the reasons its procedure declares, {@code data}:
 * the intake data as received, {@code checklist}: the required documents as marked at the desk.
 */
record DossierView(
    String code,
    String procedure,
    int procedureVersion,
    String receivingAgency,
    String resolvingAgency,
    Channel channel,
    DossierStatus status,
    NewDossierRequest.Applicant applicant,
    String receivedBy,
    Instant receivedAt,
    Instant dueAt,
    Instant legalDueAt,
    Instant extendedDueAt,
    Instant finishedAt,
    Timeliness timeliness,
    boolean paused,
    List<Pause> pauses,
    List<DossierEvents.Event> extensions,
    List<DossierEvents.Event> history,
    List<OpenStep> openSteps,
    Flag flag,
    boolean late,
    List<StepRecord> steps,
    List<StepRecord> overBudget,
    long pausedWorkingMinutes,
    List<PausedTime> pausedByReason,
    List<PauseReason> pauseReasons,
    Map<String, Object> data,
    List<ChecklistItem> checklist,
    List<AgencyShares.Share> agencies,
    Transfer transfer) {

  /**
   * The transfer from the receiving desk to the resolving agency (null when the desk resolves the
   * dossier itself): the electronic data at reception, the paper by {@code paperDueAt}, marked at
   * {@code paperTransferredAt} (null while not done), {@code late} once the deadline passed without
   * it.
   */
  record Transfer(
      String from,
      String to,
      Instant electronicAt,
      Instant paperDueAt,
      Instant paperTransferredAt,
      boolean late) {}

  /** One stop of the legal clock; open while {@code resumedAt} is absent. */
  record Pause(
      Instant pausedAt,
      Instant resumedAt,
      String reasonCode,
      String reason,
      String pausedBy,
      String resumedBy,
      Long shiftWorkingMinutes) {}

  /** A user task waiting on the dossier. */
  record OpenStep(
      String taskId,
      String key,
      String name,
      String candidateGroup,
      String assignee,
      Instant dueAt,
      Instant soonDueAt,
      Flag flag) {}

  /** One row of {@code GET /api/dossiers}. */
  record Row(
      String code,
      String procedure,
      String resolvingAgency,
      DossierStatus status,
      String applicant,
      Instant receivedAt,
      Instant dueAt,
      Flag flag,
      boolean late) {}

  /** The answer to a successful {@code POST /api/dossiers}. */
  record Receipt(String code, DossierStatus status, Instant receivedAt, Instant dueAt) {}
}
