package vn.motcua.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the working calendar: the province's office hours in the engine clock's time zone, and
 * working days from the holiday calendar (rules and announcements).
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingCalendar workingCalendar(EngineClock clock, HolidayCalendar holidays) {
    return new WorkingCalendar(clock.getZone(), OfficeHours.PROVINCE_DEFAULT, holidays);
  }
}
