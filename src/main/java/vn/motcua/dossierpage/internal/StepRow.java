package vn.motcua.dossierpage.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.deadline.Flag;
import vn.motcua.deadline.StepRecord;

/**
 * One step of the dossier as the page shows it: the unit and the officials by name, local times,
 * the budget, the overrun and the paused time as working days and hours.
 */
record StepRow(
    String name,
    String unit,
    String holder,
    String completedBy,
    String onBehalfOf,
    ZonedDateTime startedAt,
    ZonedDateTime dueAt,
    ZonedDateTime completedAt,
    WorkingSpan budget,
    WorkingSpan overrun,
    WorkingSpan paused,
    Flag flag) {

  static StepRow of(StepRecord s, People people, WorkingCalendar calendar, ZoneId zone) {
    return new StepRow(
        s.stepName(),
        people.group(s.unitGroup()),
        people.official(s.assignee()),
        people.official(s.completedBy()),
        people.official(s.onBehalfOf()),
        at(s.startedAt(), zone),
        at(s.dueAt(), zone),
        at(s.completedAt(), zone),
        s.budgetMinutes() == null ? null : WorkingSpan.of(s.budgetMinutes(), calendar),
        WorkingSpan.of(s.overrunMinutes(), calendar),
        WorkingSpan.of(s.pausedMinutes(), calendar),
        s.flag());
  }

  public boolean open() {
    return completedAt == null;
  }

  static ZonedDateTime at(java.time.Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone);
  }
}
