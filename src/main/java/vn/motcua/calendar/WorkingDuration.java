package vn.motcua.calendar;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 duration read as working time: {@code P3D} three working days, {@code PT4H} four
 * working hours, {@code P1W} five working days. Months, years and seconds are not working time.
 */
public final class WorkingDuration {

  private static final Pattern PATTERN =
      Pattern.compile("P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?)?");

  private WorkingDuration() {}

  /**
   * The working minutes of {@code text} for a day of {@code hours}, or empty if it is no such
   * duration.
   */
  public static OptionalLong minutes(String text, OfficeHours hours) {
    String iso = text == null ? "" : text.strip();
    Matcher m = PATTERN.matcher(iso);
    if (!m.matches() || iso.equals("P") || iso.endsWith("T")) {
      return OptionalLong.empty();
    }
    long day = hours.minutesPerDay();
    return OptionalLong.of(
        number(m.group(1)) * 5 * day
            + number(m.group(2)) * day
            + number(m.group(3)) * 60
            + number(m.group(4)));
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }
}
