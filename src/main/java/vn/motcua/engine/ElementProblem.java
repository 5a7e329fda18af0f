package vn.motcua.engine;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * One problem of a refused deployment, on one element, for Camunda's parse report (the engine REST
 * API answers it under {@code details.{resource}.errors}).
 */
public record ElementProblem(String message, String elementId) implements Problem {
  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public int getLine() {
    return 0;
  }

  @Override
  public int getColumn() {
    return 0;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return List.of(elementId);
  }
}
