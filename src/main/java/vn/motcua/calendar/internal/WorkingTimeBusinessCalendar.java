package vn.motcua.calendar.internal;

import java.time.Instant;
import java.util.Date;
import java.util.OptionalLong;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;

/**
 * Camunda's business calendar counted in working time: an administrator's {@code P3D} on a timer or
 * a task due date means three working days, {@code PT4H} four working hours, {@code P1W} five
 * working days. Anything else (dates, months, years, seconds) goes to Camunda's own calendar.
 */
class WorkingTimeBusinessCalendar implements BusinessCalendar {

  private final WorkingCalendar calendar;
  private final BusinessCalendar fallback;

  WorkingTimeBusinessCalendar(WorkingCalendar calendar, BusinessCalendar fallback) {
    this.calendar = calendar;
    this.fallback = fallback;
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    OptionalLong minutes = workingMinutes(description);
    if (minutes.isEmpty()) {
      return fallback.resolveDuedate(description, startDate);
    }
    Instant start =
        startDate != null ? startDate.toInstant() : ClockUtil.getCurrentTime().toInstant();
    return Date.from(calendar.addWorkingMinutes(start, minutes.getAsLong()));
  }

  /** The working minutes of an ISO-8601 duration made of weeks, days, hours and minutes. */
  OptionalLong workingMinutes(String description) {
    return WorkingDuration.minutes(description, calendar.officeHours());
  }
}
