package vn.motcua.catalogue;

import java.util.List;

/**
 * One problem of a procedure model, on one element ({@code elementId} null when the model cannot be
 * read at all): {@code severity} {@value #ERROR} blocks publishing and deployment, {@value
 * #WARNING} only informs; {@code rule} names the check (e.g. {@code metadata}, {@code
 * legal-time-path}); {@code related}: the other elements it concerns, e.g. the steps of the path
 * whose budgets exceed the legal time (empty when none).
 */
public record ModelProblem(
    String elementId, String severity, String rule, String message, List<String> related) {

  public ModelProblem {
    related = related == null ? List.of() : List.copyOf(related);
  }

  public ModelProblem(String elementId, String severity, String rule, String message) {
    this(elementId, severity, rule, message, List.of());
  }

  public static final String ERROR = "error";
  public static final String WARNING = "warning";

  public static ModelProblem error(String elementId, String rule, String message) {
    return new ModelProblem(elementId, ERROR, rule, message);
  }

  public static ModelProblem warning(String elementId, String rule, String message) {
    return new ModelProblem(elementId, WARNING, rule, message);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isError() {
    return ERROR.equals(severity);
  }
}
