package vn.motcua.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A notification's text in one language, and the way every notice writes a time: local to the
 * agency's time zone, "09:00 ngày 07/12/2026" in Vietnamese, "09:00 on 07/12/2026" in English.
 */
public record NoticeText(String subject, String body) {

  private static final DateTimeFormatter VIETNAMESE =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("HH:mm 'on' dd/MM/yyyy");

  /** The instant as people at the agency read it; empty text for none. */
  public static String time(Instant at, ZoneId zone, Locale locale) {
    if (at == null) {
      return "";
    }
    return ("en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE).format(at.atZone(zone));
  }
}
