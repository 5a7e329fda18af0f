package vn.motcua.feedback.internal;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.deadline.AgencyCalendars;

/**
 * The dates of a feedback's task and ladder, on the assigned agency's working calendar, for the
 * BPMN ({@code ${feedbackTimers.dueAt(execution)}}): due {@code answer-time} after the assignment,
 * the warning {@code warn-before} earlier (never before the assignment), the escalation {@code
 * escalate-after} later. Process variables {@code agency} and {@code assignedAt} (set at each
 * assignment: a forward starts the answer time over for the agency it reaches). Public: the
 * engine's expressions call public methods of public classes only.
 */
@Component("feedbackTimers")
@EnableConfigurationProperties(FeedbackSettings.class)
public class FeedbackTimers {

  static final String AGENCY = "agency";
  static final String ASSIGNED_AT = "assignedAt";

  private final AgencyCalendars calendars;
  private final FeedbackSettings settings;

  FeedbackTimers(AgencyCalendars calendars, FeedbackSettings settings) {
    this.calendars = calendars;
    this.settings = settings;
  }

  public Date dueAt(VariableScope execution) {
    return Date.from(due(agency(execution), assignedAt(execution)));
  }

  public Date warningAt(VariableScope execution) {
    String agency = agency(execution);
    Instant assigned = assignedAt(execution);
    WorkingCalendar calendar = calendars.of(agency);
    long total = minutes(settings.answerTime(), calendar);
    long before = Math.min(minutes(settings.warnBefore(), calendar), total);
    return Date.from(calendar.addWorkingMinutes(assigned, total - before));
  }

  public Date escalationAt(VariableScope execution) {
    String agency = agency(execution);
    WorkingCalendar calendar = calendars.of(agency);
    Instant due = due(agency, assignedAt(execution));
    return Date.from(calendar.addWorkingMinutes(due, minutes(settings.escalateAfter(), calendar)));
  }

  /** The due date of a feedback assigned to {@code agency} at {@code assigned}. */
  Instant due(String agency, Instant assigned) {
    WorkingCalendar calendar = calendars.of(agency);
    return calendar.addWorkingMinutes(assigned, minutes(settings.answerTime(), calendar));
  }

  private static long minutes(String duration, WorkingCalendar calendar) {
    return WorkingDuration.minutes(duration, calendar.officeHours())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "motcua.feedback: not a working-time duration: " + duration));
  }

  private static String agency(VariableScope execution) {
    return (String) execution.getVariable(AGENCY);
  }

  private static Instant assignedAt(VariableScope execution) {
    return ((Date) execution.getVariable(ASSIGNED_AT)).toInstant();
  }
}
