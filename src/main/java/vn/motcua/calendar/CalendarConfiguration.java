package vn.motcua.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the working calendar: the province's office hours ({@code motcua.calendar.office-hours}) in
 * the engine clock's time zone, and working days from the holiday calendar.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  /**
   * Calendar settings.
   *
   * @param officeHours the province default, e.g. {@code 07:30-11:30,13:00-17:00}; an agency may
   *     set its own
   */
  @ConfigurationProperties("motcua.calendar")
  record CalendarProperties(@DefaultValue("07:30-11:30,13:00-17:00") String officeHours) {}

  @Bean
  WorkingCalendar workingCalendar(
      EngineClock clock, HolidayCalendar holidays, CalendarProperties properties) {
    return new WorkingCalendar(
        clock.getZone(), OfficeHours.parse(properties.officeHours()), holidays);
  }
}
