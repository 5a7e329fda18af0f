package vn.motcua.catalogue;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legal time the law sets for some cases of a procedure instead of its usual one, as its BPMN
 * declares it in the extension property {@code legalTimeVariant.<CODE>} = {@code label | duration |
 * legal basis}, the duration a whole number and a unit ({@code 15 workingDays}, {@code 24
 * clockHours}). The desk chooses it at reception (intake field {@value #FIELD}), or the process at
 * a branch ({@code ${dossierLifecycle.applyLegalTimeVariant(execution, 'CODE')}}); the legal due
 * date is then that duration from the start of the legal clock.
 */
public record LegalTimeVariant(
    String code, String label, int amount, Unit unit, String legalBasis) {

  /** The property name prefix; the rest of the name is the variant code. */
  public static final String PREFIX = "legalTimeVariant.";

  /** The intake field (and process variable) that names the variant a dossier follows. */
  public static final String FIELD = "legalTimeVariant";

  /** How a variant's duration is counted. */
  public enum Unit {
    /** Working days of office time from the clock's start. */
    WORKING_DAYS("workingDays"),
    /** Working hours of office time from the clock's start. */
    WORKING_HOURS("workingHours"),
    /** Calendar days; due when the office closes that day (or the next working day). */
    CALENDAR_DAYS("calendarDays"),
    /** Hours of the clock from the instant of receipt, nights and days off included. */
    CLOCK_HOURS("clockHours");

    private final String word;

    Unit(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  private static final Pattern DURATION = Pattern.compile("([0-9]{1,4})\\s+([A-Za-z]+)");

  /**
   * Reads {@code legalTimeVariant.<code>} = {@code value}; throws {@link IllegalArgumentException}
   * with a sentence an administrator can act on (Vietnamese, then English) when it is malformed.
   */
  public static LegalTimeVariant parse(String code, String value) {
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "mã thời hạn '%s' phải viết HOA, chữ số hoặc _ (variant code: upper case, digits, _)"
              .formatted(code));
    }
    String[] parts = (value == null ? "" : value).split("\\|", -1);
    if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
      throw new IllegalArgumentException(
          ("'%s%s' phải có dạng 'tên trường hợp | thời hạn | căn cứ pháp lý', ví dụ 'Người nước"
                  + " ngoài | 15 workingDays | Luật Lý lịch tư pháp 2009, Điều 48'"
                  + " (label | duration | legal basis)")
              .formatted(PREFIX, code));
    }
    Matcher duration = DURATION.matcher(parts[1].strip());
    Unit unit =
        duration.matches()
            ? Arrays.stream(Unit.values())
                .filter(u -> u.word.equals(duration.group(2)))
                .findFirst()
                .orElse(null)
            : null;
    int amount = unit == null ? 0 : Integer.parseInt(duration.group(1));
    if (unit == null || amount < 1) {
      throw new IllegalArgumentException(
          ("'%s%s': thời hạn '%s' phải là số nguyên dương và một đơn vị trong %s, ví dụ"
                  + " '15 workingDays' hoặc '24 clockHours' (duration)")
              .formatted(
                  PREFIX,
                  code,
                  parts[1].strip(),
                  Arrays.stream(Unit.values()).map(Unit::word).toList()));
    }
    return new LegalTimeVariant(code, parts[0].strip(), amount, unit, parts[2].strip());
  }
}
