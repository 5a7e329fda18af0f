package vn.motcua.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.HolidaysAnnounced;

/**
 * Audits administrators' changes to the working calendar (subject {@code CALENDAR}, id = the year,
 * state = the year's announced days as JSON, so the entry shows the days before and after).
 */
@Component
class CalendarAudit {

  private final AuditAppender trail;
  private final AuditDetails details;

  CalendarAudit(AuditAppender trail, AuditDetails details) {
    this.trail = trail;
    this.details = details;
  }

  @EventListener
  void on(HolidaysAnnounced e) {
    trail.append(
        AuditDraft.of(e.changedAt(), e.changedBy(), "HOLIDAYS_ANNOUNCED", "CALENDAR", "" + e.year())
            .after(details.write(e.days()))
            .reason(e.reason()));
  }
}
