package vn.motcua.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a procedure model before it is published: every rule the deployment validation applies,
 * per element, plus the studio's own checks (a step-budget path beyond the legal time, a role no
 * agency has, a form reference with no form, an exclusive gateway without a default flow, a timer
 * written as a calendar duration). Messages in the current request's language.
 */
public interface ProcedureChecks {

  /**
   * The problems of {@code bpmn} with {@code forms} (form id to Camunda Form JSON); {@code
   * roleHeld} says whether some agency has the group of a step role.
   */
  Checked check(String bpmn, Map<String, String> forms, Predicate<String> roleHeld);

  /**
   * The ids of the forms the executable processes of {@code bpmn} reference; empty if unreadable.
   */
  Set<String> formsReferenced(String bpmn);

  /**
   * What the check found: the executable procedure's process id and name (null when the XML has
   * none), its problems, and the form ids its elements reference (bound to the deployment, the
   * latest or a version).
   */
  record Checked(String key, String name, List<ModelProblem> problems, Set<String> forms) {

    /** Whether no error stands. */
    public boolean publishable() {
      return problems.stream().noneMatch(ModelProblem::isError);
    }
  }
}
