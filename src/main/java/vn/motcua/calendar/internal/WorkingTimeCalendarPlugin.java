package vn.motcua.calendar.internal;

import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Registers working time as the engine's "duration" and "dueDate" business calendars, so timer
 * durations and {@code camunda:dueDate} periods count working time. Cycles keep Camunda's cron.
 */
@Component
class WorkingTimeCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingCalendar calendar;

  WorkingTimeCalendarPlugin(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager calendars =
        (MapBusinessCalendarManager) configuration.getBusinessCalendarManager();
    calendars.addBusinessCalendar(
        DurationBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(calendar, new DurationBusinessCalendar()));
    calendars.addBusinessCalendar(
        DueDateBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(calendar, new DueDateBusinessCalendar()));
  }
}
