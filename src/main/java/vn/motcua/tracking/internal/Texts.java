package vn.motcua.tracking.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The status's words in the reader's language ({@code tracking.*} messages), dates in the zone. */
final class Texts {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final MessageSource messages;
  private final Locale locale;
  private final ZoneId zone;

  Texts(MessageSource messages, Locale locale, ZoneId zone) {
    this.messages = messages;
    this.locale = locale;
    this.zone = zone;
  }

  String t(String key, Object... args) {
    return messages.getMessage("tracking." + key, args, key, locale);
  }

  /** A message outside {@code tracking.*} (the status words {@code status.public.*}). */
  String raw(String key) {
    return messages.getMessage(key, null, key, locale);
  }

  /** "09:00 ngày 08/12/2026" / "09:00, 08/12/2026". */
  String time(Instant instant) {
    if (instant == null) {
      return null;
    }
    var local = instant.atZone(zone);
    return t("time", TIME.format(local), DATE.format(local));
  }

  /** "Thứ Bảy 12/12" / "Sat 12/12". */
  String day(LocalDate date) {
    return t("weekday." + date.getDayOfWeek().name().toLowerCase(Locale.ROOT))
        + " "
        + DAY.format(date);
  }

  /** "12/12/2026". */
  String date(LocalDate date) {
    return DATE.format(date);
  }

  /** "6 giờ 30 phút" / "6 h 30 min"; "0 giờ" for nothing. */
  String duration(long minutes) {
    long h = minutes / 60;
    long m = minutes % 60;
    if (m == 0) {
      return t("hours", h);
    }
    return h == 0 ? t("minutes", m) : t("hours-minutes", h, m);
  }

  static boolean weekend(DayOfWeek day) {
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
