package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;

/**
 * The new appointment day the apology form (form 04) gives: typed the Vietnamese way, {@code
 * dd/MM/yyyy} ({@code 08/12/2026} is 8 December 2026), as Tasklist submits the form's text field;
 * an ISO day ({@code 2026-12-08}) or a date value from API clients and older forms. Strict: {@code
 * 31/02/2026} is no day.
 */
final class AppointmentDate {

  static final DateTimeFormatter VIETNAMESE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private AppointmentDate() {}

  /**
   * The day {@code value} names.
   *
   * @throws DossierProblems.NewDueDateInvalidException when it names no day in either form
   */
  static LocalDate parse(Object value, ZoneId zone) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    String text = value == null ? "" : String.valueOf(value).strip();
    try {
      if (text.matches("\\d{2}/\\d{2}/\\d{4}")) {
        return LocalDate.parse(text, VIETNAMESE);
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
        return LocalDate.parse(text.substring(0, 10));
      }
    } catch (DateTimeParseException e) {
      // falls through: not a day
    }
    throw new DossierProblems.NewDueDateInvalidException(text);
  }
}
