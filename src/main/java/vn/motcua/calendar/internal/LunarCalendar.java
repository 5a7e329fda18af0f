package vn.motcua.calendar.internal;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar, computed astronomically for UTC+7.
 *
 * <p>This is Hồ Ngọc Đức's well-known algorithm: new moons from a Meeus-style series, the sun's
 * longitude for the major terms (zhongqi), month 11 is the month containing the winter solstice,
 * and in a year with 13 months the leap month is the first month without a major term. Days are
 * counted as Julian day numbers. The time zone matters: the Vietnamese calendar (UTC+7) differs
 * from the Chinese one (UTC+8) whenever a new moon falls between 23:00 and 24:00 Vietnam time (e.g.
 * Tết 2007 is 17 February in Vietnam, 18 February in China). Valid at least for 1900–2199. Pure and
 * stateless.
 */
public final class LunarCalendar {

  /** Vietnam's offset from UTC in hours. */
  static final double VIETNAM = 7.0;

  private static final long EPOCH_DAY_JDN = 2440588L;
  private static final double SYNODIC_MONTH = 29.530588853;
  private static final double NEW_MOON_EPOCH = 2415021.076998695;

  /** A date of the Vietnamese lunar calendar; {@code leapMonth} marks the intercalary month. */
  public record LunarDate(int year, int month, int day, boolean leapMonth) {}

  private LunarCalendar() {}

  /** The solar date of lunar 1/1 (Tết) of the lunar year that starts in solar {@code year}. */
  public static LocalDate lunarNewYear(int year) {
    return lunarNewYear(year, VIETNAM);
  }

  static LocalDate lunarNewYear(int year, double timeZone) {
    return toSolar(year, 1, 1, false, timeZone);
  }

  /**
   * The solar date of a lunar date.
   *
   * @throws IllegalArgumentException if the lunar date does not exist (month outside 1–12, a leap
   *     month the year does not have, or a day beyond the month's 29 or 30 days)
   */
  public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
    return toSolar(lunarYear, lunarMonth, lunarDay, leapMonth, VIETNAM);
  }

  static LocalDate toSolar(
      int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth, double timeZone) {
    if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
      throw invalid(lunarYear, lunarMonth, lunarDay, leapMonth);
    }
    long a11;
    long b11;
    if (lunarMonth < 11) {
      a11 = lunarMonth11(lunarYear - 1, timeZone);
      b11 = lunarMonth11(lunarYear, timeZone);
    } else {
      a11 = lunarMonth11(lunarYear, timeZone);
      b11 = lunarMonth11(lunarYear + 1, timeZone);
    }
    long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
    int offset = Math.floorMod(lunarMonth - 11, 12);
    if (b11 - a11 > 365) {
      int leapOffset = leapMonthOffset(a11, timeZone);
      // offset 0 is month 11, so the month without a major term at leapOffset repeats month
      // leapOffset - 2 (11 and 12 for offsets 1 and 2)
      int leap = Math.floorMod(leapOffset - 3, 12) + 1;
      if (leapMonth && lunarMonth != leap) {
        throw invalid(lunarYear, lunarMonth, lunarDay, leapMonth);
      }
      if (leapMonth || offset >= leapOffset) {
        offset++;
      }
    } else if (leapMonth) {
      throw invalid(lunarYear, lunarMonth, lunarDay, leapMonth);
    }
    long monthStart = newMoonDay(k + offset, timeZone);
    long nextMonthStart = newMoonDay(k + offset + 1, timeZone);
    if (lunarDay > nextMonthStart - monthStart) {
      throw invalid(lunarYear, lunarMonth, lunarDay, leapMonth);
    }
    return fromJdn(monthStart + lunarDay - 1);
  }

  /** The lunar date of a solar date. */
  public static LunarDate toLunar(LocalDate solar) {
    return toLunar(solar, VIETNAM);
  }

  static LunarDate toLunar(LocalDate solar, double timeZone) {
    long dayNumber = jdn(solar);
    // the mean lunation is only an estimate: step to the last new moon on or before the day
    long k = (long) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
    long monthStart = newMoonDay(k, timeZone);
    while (monthStart > dayNumber) {
      monthStart = newMoonDay(--k, timeZone);
    }
    int year = solar.getYear();
    long a11 = lunarMonth11(year, timeZone);
    long b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
      lunarYear = year;
      a11 = lunarMonth11(year - 1, timeZone);
    } else {
      lunarYear = year + 1;
      b11 = lunarMonth11(year + 1, timeZone);
    }
    int lunarDay = (int) (dayNumber - monthStart + 1);
    int diff = (int) Math.floorDiv(monthStart - a11, 29);
    boolean leap = false;
    int lunarMonth = diff + 11;
    if (b11 - a11 > 365) {
      int leapOffset = leapMonthOffset(a11, timeZone);
      if (diff >= leapOffset) {
        lunarMonth = diff + 10;
        leap = diff == leapOffset;
      }
    }
    if (lunarMonth > 12) {
      lunarMonth -= 12;
    }
    if (lunarMonth >= 11 && diff < 4) {
      lunarYear -= 1;
    }
    return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
  }

  /** The Julian day number of the day (in {@code timeZone}) of the new moon number {@code k}. */
  static long newMoonDay(long k, double timeZone) {
    return (long) Math.floor(newMoon(k) + 0.5 + timeZone / 24);
  }

  /** The instant (Julian day, UT) of new moon number {@code k}; k = 0 is the one of 1900-01-01. */
  static double newMoon(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double dr = Math.PI / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
    c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
    c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
    c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
    c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
    c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
    c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
    double deltaT;
    if (t < -11) {
      deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    } else {
      deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
    }
    return jd1 + c1 - deltaT;
  }

  /** The sun's apparent longitude in radians, 0 to 2π, at Julian day {@code jd} (UT). */
  private static double sunLongitude(double jd) {
    double t = (jd - 2451545.0) / 36525;
    double t2 = t * t;
    double dr = Math.PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
    dl += (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
  }

  /** The sector (0–11, 30° each, 9 = from the winter solstice) of the sun at the day's start. */
  private static int sunSector(long dayNumber, double timeZone) {
    return (int) Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI * 6);
  }

  /** The Julian day number of the first day of the 11th lunar month of solar year {@code year}. */
  private static long lunarMonth11(int year, double timeZone) {
    long off = jdn(LocalDate.of(year, 12, 31)) - 2415021;
    long k = (long) Math.floor(off / SYNODIC_MONTH);
    long nm = newMoonDay(k, timeZone);
    if (sunSector(nm, timeZone) >= 9) {
      nm = newMoonDay(k - 1, timeZone);
    }
    return nm;
  }

  /** Months after month 11 (starting at {@code a11}) until the first month without a major term. */
  private static int leapMonthOffset(long a11, double timeZone) {
    long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
    int i = 1;
    int arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
    int last;
    do {
      last = arc;
      i++;
      arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
    } while (arc != last && i < 14);
    return i - 1;
  }

  private static long jdn(LocalDate date) {
    return date.toEpochDay() + EPOCH_DAY_JDN;
  }

  private static LocalDate fromJdn(long jdn) {
    return LocalDate.ofEpochDay(jdn - EPOCH_DAY_JDN);
  }

  private static IllegalArgumentException invalid(int year, int month, int day, boolean leap) {
    return new IllegalArgumentException(
        "No such lunar date: " + day + "/" + month + (leap ? " (leap)" : "") + "/" + year);
  }
}
