package vn.motcua.deadline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.organization.Agencies;

/**
 * The working calendar of an agency: the province's, with the agency's own office hours if set.
 * Calendars are cached per agency; like the holidays ({@link vn.motcua.calendar.HolidayCalendar}),
 * a node re-reads an agency's office hours at most a minute after they changed (they are set in the
 * database by an administrator), or at once after {@link #forget}.
 */
@Component
public class AgencyCalendars {

  private final WorkingCalendar province;
  private final Agencies agencies;
  private final Cache<String, WorkingCalendar> byAgency =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

  AgencyCalendars(WorkingCalendar province, Agencies agencies) {
    this.province = province;
    this.agencies = agencies;
  }

  /** The calendar of the agency with this code; the province's for an unknown or null code. */
  public WorkingCalendar of(String agencyCode) {
    if (agencyCode == null) {
      return province;
    }
    return byAgency.get(agencyCode, this::load);
  }

  /** Drops the cached calendar of an agency, after its office hours changed. */
  public void forget(String agencyCode) {
    byAgency.invalidate(agencyCode);
  }

  /** The legal clock counted in the agency's working time. */
  public LegalClock legalClockOf(String agencyCode) {
    return new LegalClock(of(agencyCode));
  }

  private WorkingCalendar load(String agencyCode) {
    return agencies
        .officeHours(agencyCode)
        .map(OfficeHours::parse)
        .map(province::withOfficeHours)
        .orElse(province);
  }
}
