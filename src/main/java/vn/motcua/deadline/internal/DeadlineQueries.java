package vn.motcua.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.DeadlineRecords;
import vn.motcua.deadline.DossierDeadline;
import vn.motcua.deadline.Flag;
import vn.motcua.deadline.StepRecord;

/** Reads a dossier's flag and steps; an open step's overrun is counted up to now. */
@Service
class DeadlineQueries implements DeadlineRecords {

  private final DeadlineStore store;
  private final AgencyCalendars calendars;
  private final Clock clock;

  DeadlineQueries(DeadlineStore store, AgencyCalendars calendars, Clock clock) {
    this.store = store;
    this.calendars = calendars;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public DossierDeadline of(String dossierCode) {
    Instant now = clock.instant();
    List<StepRecord> steps =
        store.steps(dossierCode).stream().map(step -> soFar(step, now)).toList();
    return new DossierDeadline(
        store.dossierFlag(dossierCode).orElse(Flag.ON_TIME), store.late(dossierCode), steps);
  }

  private StepRecord soFar(StepRecord step, Instant now) {
    if (step.completedAt() != null) {
      return step;
    }
    long overrun = step.overrunAt(calendars.of(step.agency()), now);
    return new StepRecord(
        step.taskId(),
        step.activityId(),
        step.stepName(),
        step.agency(),
        step.unitGroup(),
        step.assignee(),
        step.startedAt(),
        step.budgetMinutes(),
        step.dueAt(),
        step.pausedMinutes(),
        step.flag(),
        null,
        null,
        overrun,
        null);
  }
}
