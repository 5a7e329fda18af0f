package vn.motcua.engine.internal;

import java.util.Map;
import java.util.Set;

/**
 * The names expressions may use: the product's published beans and their methods (every bean the
 * procedures in processes/ and the escalation ladder call), the engine's built-in functions, the
 * engine's context objects and their readable properties, and the members that are refused
 * everywhere. Adding a bean method to a procedure means adding it here, on purpose.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** The beans procedures call, and the methods of each (see processes/*.bpmn). */
  static final Map<String, Set<String>> BEANS =
      Map.of(
          "deadlines", Set.of("stepDue", "legalDue", "after"),
          "escalationLadder",
              Set.of(
                  "unitHeadGroup",
                  "dossierRungAt",
                  "dossierReached",
                  "apologyNeeded",
                  "stepRungAt"),
          "dossierLifecycle",
              Set.of(
                  "moveTo",
                  "issueApology",
                  "pauseClock",
                  "resumeClock",
                  "closeWithoutSupplement",
                  "applyLegalTimeVariant",
                  "legalTimeVariantNeeded"),
          "organization", Set.of("partner"),
          "notifications", Set.of("send"),
          "absenceTimers", Set.of("begin", "end"),
          "dossierTransfer", Set.of("late"),
          "onlineAcceptance", Set.of("reached"),
          "feedbackTimers", Set.of("dueAt", "warningAt", "escalationAt"),
          "feedbackLadder", Set.of("warn", "overdue", "escalate", "completing"));

  /** The engine's built-in functions (ProcessEngineConfigurationImpl#initExpressionManager). */
  static final Set<String> FUNCTIONS =
      Set.of("currentUser", "currentUserGroups", "now", "dateTime");

  /** The engine's objects in a process's scope, readable only through these properties. */
  static final Set<String> CONTEXT = Set.of("execution", "task", "caseExecution", "externalTask");

  static final Set<String> CONTEXT_PROPERTIES =
      Set.of(
          "id",
          "processInstanceId",
          "processBusinessKey",
          "businessKey",
          "processDefinitionId",
          "activityInstanceId",
          "currentActivityId",
          "currentActivityName",
          "eventName",
          "name",
          "assignee",
          "owner",
          "dueDate",
          "followUpDate",
          "priority",
          "taskDefinitionKey",
          "tenantId");

  /** Members that lead to classes, class loaders and modules, refused everywhere. */
  static final Set<String> FORBIDDEN_MEMBERS =
      Set.of(
          "class",
          "getClass",
          "classLoader",
          "getClassLoader",
          "declaringClass",
          "getDeclaringClass",
          "module",
          "getModule",
          "forName");
}
