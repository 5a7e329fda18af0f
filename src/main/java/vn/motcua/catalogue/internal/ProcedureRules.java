package vn.motcua.catalogue.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.catalogue.ModelProblem;

/**
 * What a procedure's BPMN must say before it may be deployed: the metadata of the procedure, a role
 * and a budget on every step, and budgets that fit the legal time. Each problem is one sentence an
 * administrator can act on (Vietnamese, with the property name).
 */
final class ProcedureRules {

  static final String KIND = "kind";
  static final String SUPPORT = "support";

  static final List<String> REQUIRED =
      List.of(
          "procedureCode",
          "procedureName",
          "field",
          "agencyLevel",
          "fee",
          "requiredDocuments",
          "onlineServiceLevel",
          "supplementClockRule",
          "legalBasis");
  static final List<String> LEGAL_TIME =
      List.of("legalWorkingDays", "legalWorkingHours", "legalCalendarDays");

  /** The escalation ladder's overrides, allowed on the process and on each step. */
  static final List<String> LADDER =
      List.of("ladderSoonDueShare", "ladderUnitHeadAfter", "ladderSupervisorAfter");

  private static final Set<String> ROLES =
      Set.of("reception", "specialist", "unit-head", "leader", "supervisor");
  private static final Set<String> ASSIGNMENTS =
      Set.of("candidateGroup", "leastLoaded", "roundRobin");
  private static final Set<String> ONLINE_LEVELS = Set.of("FULL", "PARTIAL", "NONE");
  private static final Set<String> CLOCK_RULES = Set.of("RESTART", "PAUSE");

  private ProcedureRules() {}

  /** The problems of one process; empty when it may be deployed. */
  static List<ModelProblem> check(Process process, OfficeHours hours) {
    String id = process.getId();
    Map<String, String> p = ExtensionProperties.of(process);
    List<ModelProblem> problems = new ArrayList<>();
    for (String name : REQUIRED) {
      if (p.getOrDefault(name, "").isBlank()) {
        problems.add(
            ModelProblem.error(
                id,
                "metadata",
                "thiếu thuộc tính bắt buộc '" + name + "' (missing required property)"));
      }
    }
    oneOf(p, ONLINE_LEVELS, "onlineServiceLevel", id, problems);
    oneOf(p, CLOCK_RULES, "supplementClockRule", id, problems);
    problems.addAll(PauseReasonRules.check(id, p));
    problems.addAll(PauseReasonRules.checkListeners(process, p));
    problems.addAll(LegalTimeVariantRules.check(process, p));
    try {
      vn.motcua.catalogue.Competence.parse(p.get(vn.motcua.catalogue.Competence.PROPERTY));
    } catch (IllegalArgumentException e) {
      problems.add(ModelProblem.error(id, "competence", e.getMessage()));
    }
    if (p.containsKey("sameDayCutoff")) {
      try {
        LocalTime.parse(p.get("sameDayCutoff").strip());
      } catch (DateTimeParseException e) {
        problems.add(
            ModelProblem.error(id, "metadata", "'sameDayCutoff' phải có dạng HH:mm, ví dụ 15:00"));
      }
    }
    ladder(p, hours, id, problems);
    long legal = legalMinutes(p, hours, id, problems);
    for (UserTask task : process.getChildElementsByType(UserTask.class)) {
      step(task, hours, problems);
    }
    if (legal >= 0) {
      ProcedurePaths.Longest longest = ProcedurePaths.longest(process, task -> budget(task, hours));
      if (longest.minutes() > legal) {
        problems.add(
            new ModelProblem(
                id,
                ModelProblem.ERROR,
                "legal-time-path",
                "tổng thời gian các bước (%d phút làm việc) vượt thời hạn giải quyết (%d phút)"
                        .formatted(longest.minutes(), legal)
                    + " (step budgets exceed the legal time) "
                    + longest.steps(),
                longest.steps()));
      }
    }
    return problems;
  }

  private static void step(UserTask task, OfficeHours hours, List<ModelProblem> problems) {
    String where = task.getId();
    Map<String, String> p = ExtensionProperties.of(task);
    if (!ROLES.contains(p.getOrDefault("role", ""))) {
      problems.add(
          ModelProblem.error(where, "role", "'role' phải là một trong " + ROLES + " (step role)"));
    }
    ladder(p, hours, where, problems);
    oneOf(p, ASSIGNMENTS, "assignment", where, problems);
    if (WorkingDuration.minutes(p.get("stepBudget"), hours).isEmpty()) {
      problems.add(
          ModelProblem.error(
              where, "step-budget", "'stepBudget' phải là thời lượng làm việc như PT4H hoặc P2D"));
    }
  }

  /** The step's budget in working minutes counted against the legal time (0 when outside it). */
  static long budget(UserTask task, OfficeHours hours) {
    Map<String, String> p = ExtensionProperties.of(task);
    OptionalLong budget = WorkingDuration.minutes(p.get("stepBudget"), hours);
    return budget.isEmpty() || "true".equals(p.get("outsideLegalTime")) ? 0 : budget.getAsLong();
  }

  /** Whether the role is one a step may have. */
  static boolean isRole(String role) {
    return ROLES.contains(role);
  }

  /** The ladder overrides, where given: a share strictly between 0 and 1, working durations. */
  private static void ladder(
      Map<String, String> p, OfficeHours hours, String where, List<ModelProblem> problems) {
    String share = p.get(LADDER.get(0));
    if (share != null && !share.isBlank()) {
      double value;
      try {
        value = Double.parseDouble(share.strip());
      } catch (NumberFormatException e) {
        value = -1;
      }
      if (!(value > 0 && value < 1)) {
        problems.add(
            ModelProblem.error(
                where,
                "ladder",
                "'" + LADDER.get(0) + "' phải là số trong khoảng (0, 1), ví dụ 0.5"));
      }
    }
    for (String name : LADDER.subList(1, LADDER.size())) {
      String value = p.get(name);
      if (value != null && !value.isBlank() && WorkingDuration.minutes(value, hours).isEmpty()) {
        problems.add(
            ModelProblem.error(
                where, "ladder", "'" + name + "' phải là thời lượng làm việc như PT4H hoặc P1D"));
      }
    }
  }

  /** The legal time in working minutes (a calendar day counts as at most one working day). */
  private static long legalMinutes(
      Map<String, String> p, OfficeHours hours, String id, List<ModelProblem> problems) {
    List<String> given = LEGAL_TIME.stream().filter(p::containsKey).toList();
    if (given.size() != 1) {
      problems.add(
          ModelProblem.error(
              id, "legal-time", "cần đúng một trong " + LEGAL_TIME + " (exactly one legal time)"));
      return -1;
    }
    String name = given.get(0);
    long value;
    try {
      value = Long.parseLong(p.get(name).strip());
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (value < 0 || value == 0 && !name.equals("legalWorkingDays")) {
      problems.add(
          ModelProblem.error(
              id, "legal-time", "'" + name + "' phải là số nguyên không âm (a whole number)"));
      return -1;
    }
    long day = hours.minutesPerDay();
    return switch (name) {
      case "legalWorkingHours" -> value * 60;
      case "legalWorkingDays" -> Math.max(1, value) * day;
      default -> value * day;
    };
  }

  private static void oneOf(
      Map<String, String> p,
      Set<String> allowed,
      String name,
      String id,
      List<ModelProblem> problems) {
    String value = p.get(name);
    if (value != null && !value.isBlank() && !allowed.contains(value.strip())) {
      problems.add(
          ModelProblem.error(id, "metadata", "'" + name + "' phải là một trong " + allowed));
    }
  }
}
