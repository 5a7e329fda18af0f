package vn.motcua.catalogue;

/**
 * One problem of a procedure model, on one element ({@code elementId} null when the model cannot be
 * read at all): {@code severity} {@value #ERROR} blocks publishing and deployment, {@value
 * #WARNING} only informs; {@code rule} names the check (e.g. {@code metadata}, {@code
 * legal-time-path}).
 */
public record ModelProblem(String elementId, String severity, String rule, String message) {

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
