package vn.motcua.calendar.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.calendar.AnnouncedDay;
import vn.motcua.calendar.HolidayCalendar;
import vn.motcua.calendar.HolidayKind;
import vn.motcua.calendar.HolidaysAnnounced;
import vn.motcua.security.CurrentOfficial;

/** An administrator sets a year's announced days; checked, stored, logged and announced. */
@Service
class HolidayAnnouncements {

  private final AnnouncementStore store;
  private final HolidayCalendar holidays;
  private final CurrentOfficial official;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  HolidayAnnouncements(
      AnnouncementStore store,
      HolidayCalendar holidays,
      CurrentOfficial official,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.holidays = holidays;
    this.official = official;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public List<AnnouncedDay> announce(int year, AnnouncementRequest request) {
    if (!official.isAdmin()) {
      throw new AccessDeniedException("only administrators change the calendar");
    }
    List<AnnouncedDay> days =
        request.days().stream().map(AnnouncementRequest.Day::toAnnouncedDay).toList();
    check(year, days);
    Instant now = clock.instant();
    List<AnnouncedDay> previous = store.forYear(year);
    long changeId = store.replace(year, days, official.id(), now, request.reason().strip());
    holidays.forget(year);
    // a node (this one too) may have re-read the year before the commit: read it again after
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            holidays.forget(year);
          }
        });
    // the listeners (dossier.internal.AnnouncedDeadlines) move open deadlines in this transaction
    events.publishEvent(
        new HolidaysAnnounced(
            changeId, year, days, previous, official.id(), now, request.reason().strip()));
    return days;
  }

  private static void check(int year, List<AnnouncedDay> days) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < days.size(); i++) {
      AnnouncedDay day = days.get(i);
      String field = "days[" + i + "].date";
      if (day.date().getYear() != year) {
        throw new CalendarProblems.InvalidCalendarInputException(field, "outside-year");
      }
      if (!seen.add(day.date())) {
        throw new CalendarProblems.InvalidCalendarInputException(field, "duplicate");
      }
      boolean weekend =
          day.date().getDayOfWeek() == DayOfWeek.SATURDAY
              || day.date().getDayOfWeek() == DayOfWeek.SUNDAY;
      if (day.kind() == HolidayKind.MAKE_UP_WORKING_DAY && !weekend) {
        throw new CalendarProblems.InvalidCalendarInputException(field, "make-up-not-weekend");
      }
    }
  }
}
