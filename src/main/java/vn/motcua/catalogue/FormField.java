package vn.motcua.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * One keyed field of a Camunda Form (form-js): its key (the process variable it writes), type
 * ({@code textfield}, {@code radio}, {@code datetime} …), the label the form shows, whether an
 * official may edit it (not {@code readonly}, not {@code disabled}), and for a choice its options
 * with the labels the form shows for each value.
 */
public record FormField(
    String key, String type, String label, boolean editable, String subtype, List<Option> options) {

  /** One value of a choice field and the label the form shows for it. */
  public record Option(String value, String label) {}

  /** A radio, select or checklist field: its values are codes read through their labels. */
  public boolean choice() {
    return "radio".equals(type) || "select".equals(type) || "checklist".equals(type);
  }

  /** A decision a step records: an editable radio or select field. */
  public boolean decision() {
    return editable && ("radio".equals(type) || "select".equals(type));
  }

  /** The label the form shows for {@code value} (the option's), else the value as text. */
  public String labelOf(Object value) {
    String text = String.valueOf(value);
    return options.stream()
        .filter(option -> Objects.equals(option.value(), text))
        .map(Option::label)
        .findFirst()
        .orElse(text);
  }
}
