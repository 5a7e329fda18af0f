package vn.motcua.catalogue;

import java.util.Map;

/**
 * One user task of a procedure, with its extension properties ({@code role}, {@code stepBudget}).
 */
public record Step(String id, String name, Map<String, String> properties) {

  public String role() {
    return properties.get("role");
  }

  public String budget() {
    return properties.get("stepBudget");
  }

  public boolean outsideLegalTime() {
    return "true".equals(properties.get("outsideLegalTime"));
  }
}
