package vn.motcua.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the working calendar. Holidays and yearly announcements are not modelled yet: until they
 * are, every Monday to Friday counts as a working day.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingCalendar workingCalendar(EngineClock clock) {
    return new WorkingCalendar(
        clock.getZone(), OfficeHours.PROVINCE_DEFAULT, WorkingDays.weekdays());
  }
}
