package vn.motcua.dossier.internal;

import org.camunda.bpm.engine.management.JobDefinition;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.deadline.Deadlines;

/**
 * What a pending timer's date counts, read from its job definition (activity and {@code
 * jobConfiguration}: {@code "DATE: …"}, {@code "DURATION: …"} or {@code "CYCLE: …"}), so that a
 * changed holiday announcement moves by working time only the dates set in working time.
 */
enum TimerTime {

  /**
   * Working time: a duration the engine's working-time business calendar resolves ({@code P3D},
   * {@code PT4H}: calendar.internal.WorkingTimeBusinessCalendar; or computed by an expression), a
   * date from the {@code deadlines} or {@code escalationLadder} beans (steps' budgets and ladder),
   * and a timer without a definition (the ladder's timeout timers on old jobs).
   */
  WORKING,

  /** A dossier rung ({@link Deadlines#DOSSIER_TIMERS}), reckoned back from the legal due date. */
  DOSSIER_RUNG,

  /**
   * Calendar time, set by the engine's own calendars, which know no day off (a fixed or computed
   * date, months, years, seconds, a cycle): an announcement does not move it.
   */
  CALENDAR;

  static TimerTime of(JobDefinition definition, OfficeHours hours) {
    return definition == null
        ? WORKING
        : of(definition.getActivityId(), definition.getJobConfiguration(), hours);
  }

  /** The time of a timer at {@code activityId} whose job configuration is {@code configuration}. */
  static TimerTime of(String activityId, String jobConfiguration, OfficeHours hours) {
    if (Deadlines.DOSSIER_TIMERS.contains(activityId)) {
      return DOSSIER_RUNG;
    }
    String configuration = jobConfiguration == null ? "" : jobConfiguration;
    int colon = configuration.indexOf(':');
    String type = colon < 0 ? "" : configuration.substring(0, colon).strip();
    String value = colon < 0 ? configuration : configuration.substring(colon + 1).strip();
    boolean fromBeans = value.contains("deadlines.") || value.contains("escalationLadder.");
    return switch (type) {
      // a computed duration goes to the working-time calendar too, which counts P…D, PT…H in it
      case "DURATION" ->
          fromBeans || value.contains("{") || WorkingDuration.minutes(value, hours).isPresent()
              ? WORKING
              : CALENDAR;
      case "DATE" -> fromBeans ? WORKING : CALENDAR;
      case "CYCLE" -> CALENDAR;
      default -> WORKING;
    };
  }
}
