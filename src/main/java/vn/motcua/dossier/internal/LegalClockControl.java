package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.PauseReason;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.dossier.DossierPaused;
import vn.motcua.dossier.DossierResumed;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * Pauses and resumes a dossier's legal clock (while it waits on the applicant or another agency).
 * Each pause is a recorded segment; on resume the legal due date, the open tasks' due dates and the
 * timers move by the working time that elapsed while paused. The dossier row is locked throughout,
 * so a dossier has at most one open segment.
 */
@Service
@Transactional
class LegalClockControl {

  private final DossierRepository dossiers;
  private final ClockPauseRepository pauses;
  private final DossierAccess access;
  private final ProcessDueDates processes;
  private final AgencyCalendars calendars;
  private final CurrentOfficial official;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ActionPolicy policy;
  private final ProcedureCatalogue catalogue;

  LegalClockControl(
      DossierRepository dossiers,
      ClockPauseRepository pauses,
      DossierAccess access,
      ProcessDueDates processes,
      AgencyCalendars calendars,
      CurrentOfficial official,
      ApplicationEventPublisher events,
      Clock clock,
      ActionPolicy policy,
      ProcedureCatalogue catalogue) {
    this.policy = policy;
    this.catalogue = catalogue;
    this.dossiers = dossiers;
    this.pauses = pauses;
    this.access = access;
    this.processes = processes;
    this.calendars = calendars;
    this.official = official;
    this.events = events;
    this.clock = clock;
  }

  /**
   * An official stops the clock: the matrix must allow them to pause ({@link ActionPolicy}), and
   * the request must name one of the procedure's declared reasons that one of their roles may
   * invoke; the segment records the reason's code and label (with the note).
   */
  public void pause(String code, PauseRequest request) {
    Dossier dossier = lock(code);
    Set<String> roles =
        policy.check(ActionPolicy.Action.PAUSE, dossier).stream()
            .map(Role::id)
            .collect(Collectors.toSet());
    List<PauseReason> mine =
        procedureOf(dossier).pauseReasons().stream()
            .filter(r -> r.roles().stream().anyMatch(roles::contains))
            .toList();
    String asked = request.asked();
    PauseReason reason =
        mine.stream()
            .filter(r -> r.code().equals(asked) || r.label().equalsIgnoreCase(asked))
            .findFirst()
            .orElseThrow(
                () -> new DossierProblems.PauseReasonNotAllowedException(code, asked, mine));
    String note = request.note() == null || request.note().isBlank() ? null : request.note();
    pause(
        dossier,
        reason.code(),
        note == null ? reason.label() : reason.label() + ": " + note,
        official.id());
  }

  /**
   * An official restarts the clock they (or a colleague) stopped by hand; a stop the process made
   * (another agency's step, the supplementation) ends with it, not by hand.
   */
  public void resume(String code) {
    Dossier dossier = lock(code);
    policy.check(ActionPolicy.Action.RESUME, dossier);
    pauses
        .findOpen(code)
        .map(ClockPause::reasonCode)
        .filter(reason -> reason != null && heldByProcess(dossier, reason))
        .ifPresent(
            reason -> {
              throw new DossierProblems.ClockHeldByProcessException(code, reason);
            });
    resume(dossier, official.id());
  }

  private boolean heldByProcess(Dossier dossier, String reasonCode) {
    return procedureOf(dossier).pauseReason(reasonCode).map(PauseReason::processOnly).orElse(false);
  }

  /**
   * Pauses on the process's behalf (e.g. while another agency works), by {@code by}: {@code reason}
   * must be the code or the label of a reason the procedure declares, or the step fails.
   */
  void pauseFromProcess(String code, String reason, String by) {
    Dossier dossier = lockUnchecked(code);
    PauseReason declared =
        procedureOf(dossier).pauseReasons().stream()
            .filter(r -> r.code().equals(reason) || r.label().equalsIgnoreCase(reason))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "procedure %s declares no pause reason '%s' (pauseReason.<CODE>)"
                            .formatted(dossier.procedureKey(), reason)));
    pause(dossier, declared.code(), declared.label(), by);
  }

  /** The supplementation request stops the clock (Decree 118/2025 Art. 19(5)). */
  void pauseForSupplementation(String code, String reason, String by) {
    pause(lockUnchecked(code), PauseReason.SUPPLEMENTATION.code(), reason, by);
  }

  private Procedure procedureOf(Dossier dossier) {
    return catalogue.ofDefinition(dossier.procedureDefinitionId());
  }

  /** Resumes on the process's behalf, by {@code by}. */
  void resumeFromProcess(String code, String by) {
    resume(lockUnchecked(code), by);
  }

  /** Closes the open segment, if any, e.g. when the dossier stops for good. */
  void closeIfOpen(String code, String by) {
    if (pauses.findOpen(code).isPresent()) {
      resume(lockUnchecked(code), by);
    }
  }

  private void pause(Dossier dossier, String reasonCode, String reason, String by) {
    String code = dossier.code();
    if (dossier.status().isFinal()) {
      throw new DossierProblems.DossierFinishedException(code);
    }
    if (pauses.findOpen(code).isPresent()) {
      throw new DossierProblems.ClockAlreadyPausedException(code);
    }
    Instant now = clock.instant();
    String text = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    pauses.open(code, now, reasonCode, text, by);
    processes.holdTimers(code);
    events.publishEvent(new DossierPaused(code, reason, by, now));
  }

  private void resume(Dossier dossier, String by) {
    String code = dossier.code();
    ClockPause open =
        pauses.findOpen(code).orElseThrow(() -> new DossierProblems.ClockNotPausedException(code));
    Instant now = clock.instant();
    WorkingCalendar calendar = calendars.of(dossier.resolvingAgency());
    ClockShift shift =
        ClockShift.of(
            calendar, open.pausedAt(), countedUntil(dossier, open, calendar, now), dossier.dueAt());
    pauses.close(open.id(), now, by, shift.minutes());
    dossiers.moveDue(code, shift.newLegalDue());
    processes.shift(code, dossier.processInstanceId(), shift);
    events.publishEvent(new DossierResumed(code, by, now, shift.minutes(), shift.newLegalDue()));
  }

  /**
   * The clock stands still at most as long as the reason allows ({@code maxWorkingDays}): beyond
   * that, the time counts again, as if resumed then.
   */
  private Instant countedUntil(
      Dossier dossier, ClockPause open, WorkingCalendar calendar, Instant now) {
    Integer max =
        open.reasonCode() == null
            ? null
            : procedureOf(dossier)
                .pauseReason(open.reasonCode())
                .map(PauseReason::maxWorkingDays)
                .orElse(null);
    if (max == null) {
      return now;
    }
    Instant limit = calendar.addWorkingDays(open.pausedAt(), max);
    return limit.isBefore(now) ? limit : now;
  }

  private Dossier lock(String code) {
    return access.check(lockUnchecked(code));
  }

  private Dossier lockUnchecked(String code) {
    return dossiers
        .findForUpdate(code)
        .orElseThrow(() -> new DossierProblems.DossierNotFoundException(code));
  }
}
