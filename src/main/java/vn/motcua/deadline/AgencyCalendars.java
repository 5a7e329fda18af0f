package vn.motcua.deadline;

import org.springframework.stereotype.Component;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.organization.Agencies;

/** The working calendar of an agency: the province's, with the agency's own office hours if set. */
@Component
public class AgencyCalendars {

  private final WorkingCalendar province;
  private final Agencies agencies;

  AgencyCalendars(WorkingCalendar province, Agencies agencies) {
    this.province = province;
    this.agencies = agencies;
  }

  /** The calendar of the agency with this code; the province's for an unknown or null code. */
  public WorkingCalendar of(String agencyCode) {
    if (agencyCode == null) {
      return province;
    }
    return agencies
        .officeHours(agencyCode)
        .map(OfficeHours::parse)
        .map(province::withOfficeHours)
        .orElse(province);
  }

  /** The legal clock counted in the agency's working time. */
  public LegalClock legalClockOf(String agencyCode) {
    return new LegalClock(of(agencyCode));
  }
}
