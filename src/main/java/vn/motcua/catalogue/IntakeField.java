package vn.motcua.catalogue;

import java.util.List;

/**
 * One input field of a procedure's start form (its intake data): its key in the dossier's {@code
 * data}, its Vietnamese label and what the form asks of its value.
 *
 * @param type the form-js component type: textfield, textarea, number, datetime, select, radio,
 *     checkbox
 * @param applicant whether it belongs to the applicant group, which the reception desk fills from
 *     its own applicant fields (only a start from Tasklist sends it as data)
 * @param values the allowed values of a select or radio, empty otherwise
 */
public record IntakeField(
    String key,
    String label,
    String type,
    boolean required,
    boolean applicant,
    Integer maxLength,
    String pattern,
    Double min,
    Double max,
    List<String> values) {

  /** The date fields (form-js datetime with subtype date), whose value is an ISO date. */
  public boolean isDate() {
    return "datetime".equals(type);
  }

  public boolean isNumber() {
    return "number".equals(type);
  }

  public boolean isChoice() {
    return !values.isEmpty();
  }

  /** The input fields of a Camunda Form JSON (schemaVersion 16), groups included. */
  public static List<IntakeField> of(String formJson) {
    return vn.motcua.catalogue.internal.StartFormFields.of(formJson);
  }
}
