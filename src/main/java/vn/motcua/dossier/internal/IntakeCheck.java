package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.IntakeField;
import vn.motcua.catalogue.LegalTimeVariant;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;

/**
 * Checks a dossier's intake data against its procedure's start form: no key the form does not have,
 * dates as ISO {@code yyyy-MM-dd}, numbers, choices, lengths and patterns as the form says, and (at
 * the desk) every required field present. Each problem names the field by its label.
 */
@Component
class IntakeCheck {

  private final ProcedureCatalogue catalogue;
  private final MessageSource messages;

  IntakeCheck(ProcedureCatalogue catalogue, MessageSource messages) {
    this.catalogue = catalogue;
    this.messages = messages;
  }

  /**
   * @param requireAll whether required fields must be present (the reception desk and a Tasklist
   *     start); the dossier API for other systems checks only what is sent
   * @param desk whether the applicant's fields come separately (not required in the data)
   */
  void check(Procedure procedure, Map<String, Object> data, boolean requireAll, boolean desk) {
    List<IntakeField> fields = catalogue.intakeFields(procedure.definitionId());
    if (fields.isEmpty()) {
      return;
    }
    Map<String, IntakeField> byKey =
        fields.stream()
            .collect(Collectors.toMap(IntakeField::key, Function.identity(), (a, b) -> a));
    Map<String, Object> given = data == null ? Map.of() : data;
    List<IntakeProblem.FieldError> errors = new ArrayList<>();
    given.forEach(
        (key, value) -> {
          IntakeField field = byKey.get(key);
          String problem = field == null ? "intake.field.unknown" : valueProblem(field, value);
          if (problem != null) {
            errors.add(error(key, field, problem));
          }
        });
    if (requireAll) {
      fields.stream()
          .filter(field -> field.required() && !(desk && field.applicant()))
          .filter(field -> blank(given.get(field.key())))
          .forEach(field -> errors.add(error(field.key(), field, "intake.field.required")));
    }
    if (!errors.isEmpty()) {
      throw new IntakeProblem(errors, messages, LocaleContextHolder.getLocale());
    }
  }

  /**
   * The legal time variant the intake data name ({@value LegalTimeVariant#FIELD}), null when none;
   * a code the procedure does not declare is refused like a choice the form does not offer.
   */
  String legalTimeVariant(Procedure procedure, Map<String, Object> data) {
    Object value = data == null ? null : data.get(LegalTimeVariant.FIELD);
    if (blank(value)) {
      return null;
    }
    if (value instanceof String code && procedure.legalTimeVariant(code).isPresent()) {
      return code;
    }
    IntakeField field =
        catalogue.intakeFields(procedure.definitionId()).stream()
            .filter(f -> f.key().equals(LegalTimeVariant.FIELD))
            .findFirst()
            .orElse(null);
    throw new IntakeProblem(
        List.of(error(LegalTimeVariant.FIELD, field, "intake.field.choice")),
        messages,
        LocaleContextHolder.getLocale());
  }

  private IntakeProblem.FieldError error(String key, IntakeField field, String code) {
    Locale locale = LocaleContextHolder.getLocale();
    Object[] args = {
      field == null ? key : field.label(),
      field == null || field.maxLength() == null ? "" : field.maxLength(),
      field == null ? "" : String.join(", ", field.values()),
      field == null || field.min() == null ? "" : format(field.min()),
      field == null || field.max() == null ? "" : format(field.max())
    };
    return new IntakeProblem.FieldError("data." + key, messages.getMessage(code, args, locale));
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static boolean blank(Object value) {
    return value == null || value instanceof String text && text.isBlank();
  }

  /** The message code of what is wrong with a value, or null. */
  private static String valueProblem(IntakeField field, Object value) {
    if (value == null) {
      return null;
    }
    if (field.isNumber()) {
      return numberProblem(field, value);
    }
    if ("checkbox".equals(field.type())) {
      return value instanceof Boolean ? null : "intake.field.boolean";
    }
    if (!(value instanceof String text)) {
      return "intake.field.text";
    }
    if (field.isDate()) {
      return date(text) ? null : "intake.field.date";
    }
    if (field.isChoice()) {
      return field.values().contains(text) ? null : "intake.field.choice";
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      return "intake.field.too-long";
    }
    if (text.length() > 2000) {
      return "intake.field.too-long";
    }
    if (field.pattern() != null
        && !text.isEmpty()
        && !Pattern.compile(field.pattern()).matcher(text).matches()) {
      return "intake.field.pattern";
    }
    return null;
  }

  private static String numberProblem(IntakeField field, Object value) {
    if (!(value instanceof Number number)) {
      return "intake.field.number";
    }
    double n = number.doubleValue();
    if (field.min() != null && n < field.min()) {
      return "intake.field.min";
    }
    if (field.max() != null && n > field.max()) {
      return "intake.field.max";
    }
    return null;
  }

  private static boolean date(String text) {
    try {
      LocalDate date = LocalDate.parse(text);
      return date.getYear() >= 1900 && date.getYear() <= 2100;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
