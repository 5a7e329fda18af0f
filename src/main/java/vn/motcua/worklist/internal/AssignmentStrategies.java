package vn.motcua.worklist.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureCatalogue;

/**
 * Who gets a new step, chosen per user task by the extension property {@code assignment}: {@code
 * candidateGroup} (the default: the unit's members claim it), {@code leastLoaded} (the member with
 * the lightest load, where each open task they hold weighs 1, 2 once past its follow-up date, the
 * escalation ladder's soon-due instant, and 3 once past its due date; ties go to the first user
 * id), or {@code roundRobin} (the member after the one who got the unit's last step, in user id
 * order). Members are the users of the task's candidate groups; members away (an absence covering
 * now) are skipped unless every member is away.
 */
@Component
class AssignmentStrategies {

  static final String PROPERTY = "assignment";

  private final ProcedureCatalogue catalogue;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Absences absences;

  AssignmentStrategies(
      ProcedureCatalogue catalogue, JdbcClient jdbc, Clock clock, Absences absences) {
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.clock = clock;
    this.absences = absences;
  }

  void assign(DelegateTask task) {
    Map<String, String> properties =
        catalogue.elementProperties(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    String strategy = properties.getOrDefault(PROPERTY, "candidateGroup");
    if (task.getAssignee() != null || strategy.equals("candidateGroup")) {
      return;
    }
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    TreeSet<String> members = new TreeSet<>();
    List<String> groups =
        task.getCandidates().stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(link -> link.getGroupId())
            .filter(group -> group != null)
            .sorted()
            .toList();
    for (String group : groups) {
      identity.createUserQuery().memberOfGroup(group).list().stream()
          .map(User::getId)
          .forEach(members::add);
    }
    if (members.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    TreeSet<String> present = new TreeSet<>(members);
    present.removeAll(absences.absentAmong(members, now));
    if (!present.isEmpty()) {
      members = present;
    }
    String chosen =
        switch (strategy) {
          case "leastLoaded" ->
              leastLoaded(task.getProcessEngineServices().getTaskService(), members);
          case "roundRobin" -> roundRobin(groups.get(0), members);
          default -> throw new IllegalStateException("unknown assignment strategy " + strategy);
        };
    task.setAssignee(chosen);
  }

  private String leastLoaded(TaskService tasks, TreeSet<String> members) {
    Instant now = clock.instant();
    return members.stream()
        .min(
            Comparator.comparingLong((String user) -> load(tasks, user, now))
                .thenComparing(Comparator.naturalOrder()))
        .orElseThrow();
  }

  static long load(TaskService tasks, String user, Instant now) {
    return tasks.createTaskQuery().taskAssignee(user).list().stream()
        .mapToLong(task -> weight(task, now))
        .sum();
  }

  static long weight(Task task, Instant now) {
    if (task.getDueDate() != null && !now.isBefore(task.getDueDate().toInstant())) {
      return 3;
    }
    if (task.getFollowUpDate() != null && !now.isBefore(task.getFollowUpDate().toInstant())) {
      return 2;
    }
    return 1;
  }

  /**
   * The next member after the unit's last; the cursor row is locked until the step commits. A row
   * shared on purpose by the steps that enter a {@code roundRobin} task of one unit (a procedure
   * opts in per task; the default, {@code candidateGroup}, locks nothing): a strict turn needs the
   * previous assignment committed. Steps of other units, and of tasks without the strategy, never
   * wait for it (README "Hot rows").
   */
  private String roundRobin(String unit, TreeSet<String> members) {
    String last =
        jdbc.sql("select last_user from assignment_cursor where unit_group = ? for update")
            .param(unit)
            .query(String.class)
            .optional()
            .orElse(null);
    String next = last == null ? null : members.higher(last);
    String chosen = next == null ? members.first() : next;
    if (last == null) {
      jdbc.sql("insert into assignment_cursor (unit_group, last_user) values (?, ?)")
          .params(unit, chosen)
          .update();
    } else {
      jdbc.sql("update assignment_cursor set last_user = ? where unit_group = ?")
          .params(chosen, unit)
          .update();
    }
    return chosen;
  }
}
