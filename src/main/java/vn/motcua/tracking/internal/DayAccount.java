package vn.motcua.tracking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.HolidayKind;
import vn.motcua.calendar.WorkingCalendar;

/**
 * The day-by-day account of a dossier's legal time: for each calendar day from reception to the
 * appointment, whether it counted, how many working minutes of it, and if not why (weekend, a
 * holiday by name, an announced swap, a stop of the clock, before the clock started). Pure: the
 * calendar, the special days and the clock's running intervals come in.
 */
final class DayAccount {

  /** Why a day counted or not. */
  enum Kind {
    COUNTED,
    MAKE_UP_DAY,
    WEEKEND,
    HOLIDAY,
    COMPENSATORY,
    SWAP,
    PAUSED,
    BEFORE_START,
    EXTENSION,
    CALENDAR_DAY
  }

  /** A stop of the clock: from, to (null: still stopped, up to the end), its label and basis. */
  record Stop(Instant from, Instant to, String label, String legalBasis) {}

  /** One calendar day; {@code special} is the calendar's special day, if any. */
  record Day(
      LocalDate date,
      Kind kind,
      long countedMinutes,
      long pausedMinutes,
      long officeMinutes,
      String name,
      CalendarDay special) {}

  /** Consecutive days alike, as a phone shows them. */
  record Run(LocalDate from, LocalDate to, Kind kind, int days, long countedMinutes, Day first) {}

  /** At most this many days are listed (a dossier stopped for a year stays readable). */
  static final int MAX_DAYS = 400;

  private DayAccount() {}

  /**
   * The days from the day of {@code receivedAt} to the day of {@code end}.
   *
   * @param clockStart when the legal time (re)started: reception, or the supplement's arrival under
   *     the RESTART rule
   * @param legalDue the legal due date; time counts in [clockStart, legalDue] minus the stops
   * @param calendarDays whether the legal time is in calendar days (every day counts)
   */
  static List<Day> days(
      WorkingCalendar calendar,
      Function<LocalDate, CalendarDay> special,
      Instant receivedAt,
      Instant clockStart,
      Instant legalDue,
      Instant end,
      List<Stop> stops,
      boolean calendarDays) {
    List<Instant[]> running = running(clockStart, legalDue, stops, end);
    List<Day> days = new ArrayList<>();
    LocalDate first = calendar.dateOf(receivedAt);
    LocalDate last = calendar.dateOf(end.isBefore(receivedAt) ? receivedAt : end);
    LocalDate startDay = calendar.dateOf(calendar.nextOpening(clockStart));
    for (LocalDate d = first; !d.isAfter(last) && days.size() < MAX_DAYS; d = d.plusDays(1)) {
      Instant from = d.atStartOfDay(calendar.zone()).toInstant();
      Instant to = d.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
      CalendarDay sp = special.apply(d);
      long office = calendar.workingMinutesBetween(from, to);
      long counted = overlap(calendar, running, from, to);
      long paused = 0;
      String stopLabel = null;
      for (Stop s : stops) {
        long m = overlapOne(calendar, s.from(), s.to() == null ? end : s.to(), from, to);
        if (m > 0 || (office == 0 && covers(s, from, to, end))) {
          paused += m;
          stopLabel = stopLabel == null ? s.label() : stopLabel;
        }
      }
      Kind kind;
      if (calendarDays
          && legalDue != null
          && !d.isBefore(startDay)
          && !d.isAfter(calendar.dateOf(legalDue))) {
        kind = paused > 0 || (office == 0 && stopLabel != null) ? Kind.PAUSED : Kind.CALENDAR_DAY;
      } else if (counted > 0) {
        kind =
            sp != null && sp.kind() == HolidayKind.MAKE_UP_WORKING_DAY
                ? Kind.MAKE_UP_DAY
                : Kind.COUNTED;
      } else if (office == 0) {
        kind = dayOff(sp);
      } else if (paused > 0) {
        kind = Kind.PAUSED;
      } else if (!from.isBefore(legalDue)) {
        kind = Kind.EXTENSION;
      } else {
        kind = Kind.BEFORE_START;
      }
      String name = kind == Kind.PAUSED ? stopLabel : sp != null ? sp.name() : null;
      days.add(new Day(d, kind, counted, paused, office, name, sp));
    }
    return days;
  }

  private static boolean covers(Stop s, Instant from, Instant to, Instant end) {
    Instant stopEnd = s.to() == null ? end : s.to();
    return !s.from().isAfter(from) && !stopEnd.isBefore(to);
  }

  private static Kind dayOff(CalendarDay sp) {
    if (sp == null) {
      return Kind.WEEKEND;
    }
    return switch (sp.kind()) {
      case HOLIDAY -> Kind.HOLIDAY;
      case COMPENSATORY -> Kind.COMPENSATORY;
      case DAY_OFF_SWAP -> Kind.SWAP;
      case MAKE_UP_WORKING_DAY -> Kind.WEEKEND;
    };
  }

  /** [clockStart, legalDue] minus the stops (an open stop runs to {@code end}). */
  static List<Instant[]> running(
      Instant clockStart, Instant legalDue, List<Stop> stops, Instant end) {
    List<Instant[]> result = new ArrayList<>();
    if (legalDue == null || !legalDue.isAfter(clockStart)) {
      return result;
    }
    result.add(new Instant[] {clockStart, legalDue});
    for (Stop s : stops) {
      Instant a = s.from();
      Instant b = s.to() == null ? (end.isAfter(legalDue) ? end : legalDue) : s.to();
      List<Instant[]> next = new ArrayList<>();
      for (Instant[] r : result) {
        if (!b.isAfter(r[0]) || !a.isBefore(r[1])) {
          next.add(r);
          continue;
        }
        if (a.isAfter(r[0])) {
          next.add(new Instant[] {r[0], a});
        }
        if (b.isBefore(r[1])) {
          next.add(new Instant[] {b, r[1]});
        }
      }
      result = next;
    }
    return result;
  }

  private static long overlap(
      WorkingCalendar calendar, List<Instant[]> intervals, Instant from, Instant to) {
    long sum = 0;
    for (Instant[] r : intervals) {
      sum += overlapOne(calendar, r[0], r[1], from, to);
    }
    return sum;
  }

  private static long overlapOne(
      WorkingCalendar calendar, Instant a, Instant b, Instant from, Instant to) {
    Instant lo = a.isAfter(from) ? a : from;
    Instant hi = b.isBefore(to) ? b : to;
    return hi.isAfter(lo) ? calendar.workingMinutesBetween(lo, hi) : 0;
  }

  /**
   * Consecutive days of the same kind and name collapse into one run; counted days only while each
   * is a whole office day (a partial day stands alone, with its minutes).
   */
  static List<Run> runs(List<Day> days) {
    List<Run> runs = new ArrayList<>();
    Run open = null;
    for (Day day : days) {
      if (open != null && alike(open.first(), day) && open.to().plusDays(1).equals(day.date())) {
        open =
            new Run(
                open.from(),
                day.date(),
                open.kind(),
                open.days() + 1,
                open.countedMinutes() + day.countedMinutes(),
                open.first());
        runs.set(runs.size() - 1, open);
      } else {
        open = new Run(day.date(), day.date(), day.kind(), 1, day.countedMinutes(), day);
        runs.add(open);
      }
    }
    return runs;
  }

  private static boolean alike(Day a, Day b) {
    if (a.kind() != b.kind() || !Objects.equals(a.name(), b.name())) {
      return false;
    }
    if (a.kind() == Kind.COUNTED || a.kind() == Kind.MAKE_UP_DAY) {
      return whole(a) && whole(b);
    }
    return a.kind() != Kind.PAUSED || (a.countedMinutes() == 0 && b.countedMinutes() == 0);
  }

  private static boolean whole(Day d) {
    return d.countedMinutes() == d.officeMinutes() && d.pausedMinutes() == 0;
  }
}
