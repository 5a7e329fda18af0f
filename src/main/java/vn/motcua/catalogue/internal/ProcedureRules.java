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
  static List<String> check(Process process, OfficeHours hours) {
    String id = process.getId();
    Map<String, String> p = ExtensionProperties.of(process);
    List<String> problems = new ArrayList<>();
    for (String name : REQUIRED) {
      if (p.getOrDefault(name, "").isBlank()) {
        problems.add(id + ": thiếu thuộc tính bắt buộc '" + name + "' (missing required property)");
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
      problems.add(id + ": " + e.getMessage());
    }
    if (p.containsKey("sameDayCutoff")) {
      try {
        LocalTime.parse(p.get("sameDayCutoff").strip());
      } catch (DateTimeParseException e) {
        problems.add(id + ": 'sameDayCutoff' phải có dạng HH:mm, ví dụ 15:00");
      }
    }
    ladder(p, hours, id, problems);
    long legal = legalMinutes(p, hours, id, problems);
    long budgets = 0;
    for (UserTask task : process.getChildElementsByType(UserTask.class)) {
      budgets += step(task, hours, problems);
    }
    if (legal >= 0 && budgets > legal) {
      problems.add(
          "%s: tổng thời gian các bước (%d phút làm việc) vượt thời hạn giải quyết (%d phút)"
                  .formatted(id, budgets, legal)
              + " (step budgets exceed the legal time)");
    }
    return problems;
  }

  private static long step(UserTask task, OfficeHours hours, List<String> problems) {
    String where = task.getId();
    Map<String, String> p = ExtensionProperties.of(task);
    if (!ROLES.contains(p.getOrDefault("role", ""))) {
      problems.add(where + ": 'role' phải là một trong " + ROLES + " (step role)");
    }
    ladder(p, hours, where, problems);
    oneOf(p, ASSIGNMENTS, "assignment", where, problems);
    OptionalLong budget = WorkingDuration.minutes(p.get("stepBudget"), hours);
    if (budget.isEmpty()) {
      problems.add(where + ": 'stepBudget' phải là thời lượng làm việc như PT4H hoặc P2D");
      return 0;
    }
    return "true".equals(p.get("outsideLegalTime")) ? 0 : budget.getAsLong();
  }

  /** The ladder overrides, where given: a share strictly between 0 and 1, working durations. */
  private static void ladder(
      Map<String, String> p, OfficeHours hours, String where, List<String> problems) {
    String share = p.get(LADDER.get(0));
    if (share != null && !share.isBlank()) {
      double value;
      try {
        value = Double.parseDouble(share.strip());
      } catch (NumberFormatException e) {
        value = -1;
      }
      if (!(value > 0 && value < 1)) {
        problems.add(where + ": '" + LADDER.get(0) + "' phải là số trong khoảng (0, 1), ví dụ 0.5");
      }
    }
    for (String name : LADDER.subList(1, LADDER.size())) {
      String value = p.get(name);
      if (value != null && !value.isBlank() && WorkingDuration.minutes(value, hours).isEmpty()) {
        problems.add(where + ": '" + name + "' phải là thời lượng làm việc như PT4H hoặc P1D");
      }
    }
  }

  /** The legal time in working minutes (a calendar day counts as at most one working day). */
  private static long legalMinutes(
      Map<String, String> p, OfficeHours hours, String id, List<String> problems) {
    List<String> given = LEGAL_TIME.stream().filter(p::containsKey).toList();
    if (given.size() != 1) {
      problems.add(id + ": cần đúng một trong " + LEGAL_TIME + " (exactly one legal time)");
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
      problems.add(id + ": '" + name + "' phải là số nguyên không âm (a whole number)");
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
      Map<String, String> p, Set<String> allowed, String name, String id, List<String> problems) {
    String value = p.get(name);
    if (value != null && !value.isBlank() && !allowed.contains(value.strip())) {
      problems.add(id + ": '" + name + "' phải là một trong " + allowed);
    }
  }
}
