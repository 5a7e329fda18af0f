package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.dossier.DossierPaused;
import vn.motcua.dossier.DossierResumed;
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

  LegalClockControl(
      DossierRepository dossiers,
      ClockPauseRepository pauses,
      DossierAccess access,
      ProcessDueDates processes,
      AgencyCalendars calendars,
      CurrentOfficial official,
      ApplicationEventPublisher events,
      Clock clock) {
    this.dossiers = dossiers;
    this.pauses = pauses;
    this.access = access;
    this.processes = processes;
    this.calendars = calendars;
    this.official = official;
    this.events = events;
    this.clock = clock;
  }

  public void pause(String code, String reason) {
    pause(lock(code), reason, official.id());
  }

  public void resume(String code) {
    resume(lock(code), official.id());
  }

  /** Pauses on the process's behalf (e.g. while another agency works), by {@code by}. */
  void pauseFromProcess(String code, String reason, String by) {
    pause(lockUnchecked(code), reason, by);
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

  private void pause(Dossier dossier, String reason, String by) {
    String code = dossier.code();
    if (dossier.status().isFinal()) {
      throw new DossierProblems.DossierFinishedException(code);
    }
    if (pauses.findOpen(code).isPresent()) {
      throw new DossierProblems.ClockAlreadyPausedException(code);
    }
    Instant now = clock.instant();
    pauses.open(code, now, reason, by);
    processes.holdTimers(code);
    events.publishEvent(new DossierPaused(code, reason, by, now));
  }

  private void resume(Dossier dossier, String by) {
    String code = dossier.code();
    ClockPause open =
        pauses.findOpen(code).orElseThrow(() -> new DossierProblems.ClockNotPausedException(code));
    Instant now = clock.instant();
    ClockShift shift =
        ClockShift.of(
            calendars.of(dossier.resolvingAgency()), open.pausedAt(), now, dossier.dueAt());
    pauses.close(open.id(), now, by, shift.minutes());
    dossiers.moveDue(code, shift.newLegalDue());
    processes.shift(code, dossier.processInstanceId(), shift);
    events.publishEvent(new DossierResumed(code, by, now, shift.minutes(), shift.newLegalDue()));
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
