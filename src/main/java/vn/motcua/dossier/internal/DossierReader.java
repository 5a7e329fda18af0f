package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.PauseReason;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.dossier.DeskIntake;
import vn.motcua.dossier.DossierHistoryEntry;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.PausedTime;
import vn.motcua.dossier.ReceivedDocument;

/** Builds {@link DossierSummary} views for {@link vn.motcua.dossier.Dossiers}. */
@Component
public class DossierReader {

  private final DossierRepository dossiers;
  private final DossierAccess access;

  private final DossierEvents events;

  private final ClockPauseRepository pauses;
  private final ProcedureCatalogue catalogue;
  private final AgencyCalendars calendars;
  private final Clock clock;
  private final IntakeData intake;

  DossierReader(
      DossierRepository dossiers,
      DossierAccess access,
      DossierEvents events,
      ClockPauseRepository pauses,
      ProcedureCatalogue catalogue,
      AgencyCalendars calendars,
      Clock clock,
      IntakeData intake) {
    this.intake = intake;
    this.pauses = pauses;
    this.catalogue = catalogue;
    this.calendars = calendars;
    this.clock = clock;
    this.dossiers = dossiers;
    this.access = access;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public List<DossierHistoryEntry> history(String code) {
    summary(code);
    return historyOf(code);
  }

  /**
   * The dossier for its own applicant (notices, pages opened with the dossier's secret link), with
   * no official's access rule: the caller has decided the reader may see it.
   */
  @Transactional(readOnly = true)
  public Optional<DossierSummary> applicantSummary(String code) {
    return dossiers.find(code).map(this::summary);
  }

  /** The dossier's history, without the access rule ({@link #applicantSummary}). */
  @Transactional(readOnly = true)
  public List<DossierHistoryEntry> applicantHistory(String code) {
    return historyOf(code);
  }

  /** The desk's checklist, without the access rule ({@link #applicantSummary}). */
  @Transactional(readOnly = true)
  public List<ReceivedDocument> applicantChecklist(String code) {
    return dossiers.find(code).map(this::checklistOf).orElse(List.of());
  }

  private List<DossierHistoryEntry> historyOf(String code) {
    return events.of(code).stream()
        .map(
            e ->
                new DossierHistoryEntry(
                    e.at(), e.kind(), e.status(), e.actor(), e.reason(), e.detail()))
        .toList();
  }

  /** The declared reason, if the procedure version still exists (tests delete some). */
  private Optional<PauseReason> reason(String definitionId, String code) {
    try {
      return catalogue.ofDefinition(definitionId).pauseReason(code);
    } catch (ProcessEngineException e) {
      return Optional.empty();
    }
  }

  @Transactional(readOnly = true)
  public List<ReceivedDocument> checklist(String code) {
    return checklistOf(read(code));
  }

  private List<ReceivedDocument> checklistOf(Dossier d) {
    return intake.checklist(d.checklist()).stream()
        .map(
            item ->
                new ReceivedDocument(
                    item.kind(),
                    item.name(),
                    DeskIntake.Received.valueOf(item.received()),
                    item.count()))
        .toList();
  }

  @Transactional(readOnly = true)
  public List<DossierSummary> receivedBetween(String agency, Instant from, Instant to) {
    return dossiers.receivedBetween(agency, from, to).stream()
        .filter(access::allowed)
        .map(this::summary)
        .toList();
  }

  @Transactional(readOnly = true)
  public DossierSummary summary(String code) {
    return summary(read(code));
  }

  private Dossier read(String code) {
    return access.check(
        dossiers.find(code).orElseThrow(() -> new DossierProblems.DossierNotFoundException(code)));
  }

  private DossierSummary summary(Dossier d) {
    var a = d.applicant();
    List<PausedTime> paused =
        PausedTimes.byReason(
            pauses.findAll(d.code()),
            reasonCode -> reason(d.procedureDefinitionId(), reasonCode),
            calendars.of(d.resolvingAgency()),
            clock.instant());
    return new DossierSummary(
        d.code(),
        d.procedureKey(),
        d.procedureDefinitionId(),
        d.receivingAgency(),
        d.resolvingAgency(),
        d.channel(),
        d.status(),
        new DossierSummary.Applicant(a.fullName(), a.idNumber(), a.phone(), a.email(), a.address()),
        d.receivedBy(),
        d.receivedAt(),
        d.dueAt(),
        d.finishedAt(),
        d.processInstanceId(),
        PausedTimes.total(paused),
        paused,
        intake.data(d));
  }
}
