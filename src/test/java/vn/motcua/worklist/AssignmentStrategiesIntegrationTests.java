package vn.motcua.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * Assignment strategies chosen by a step's {@code assignment} property. Least-loaded: 100 new steps
 * among 4 officials whose open work weighs 3 (one overdue task), 2 (two tasks on time), 1 and 0 end
 * with the loads as even as the rule allows, 27, 27, 26, 26. Round-robin: 8 steps among 3 officials
 * go to each in turn.
 */
@IntegrationTest
class AssignmentStrategiesIntegrationTests {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  private String deployment;

  @BeforeEach
  void deployAndCreateUnits() {
    deployment =
        repository
            .createDeployment()
            .name("assignment-test")
            .addClasspathResource("bpmn/assignment-test.bpmn")
            .deploy()
            .getId();
    unit("test.assign:specialist", "giao.a", "giao.b", "giao.c", "giao.d");
    unit("test.round:reception", "vong.a", "vong.b", "vong.c");
  }

  @AfterEach
  void cleanUp() {
    repository.deleteDeployment(deployment, true);
    tasks
        .createTaskQuery()
        .taskNameLike("Việc có sẵn%")
        .list()
        .forEach(t -> tasks.deleteTask(t.getId(), true));
    for (String user :
        List.of("giao.a", "giao.b", "giao.c", "giao.d", "vong.a", "vong.b", "vong.c")) {
      identity.deleteUser(user);
    }
    identity.deleteGroup("test.assign:specialist");
    identity.deleteGroup("test.round:reception");
    DemoData.resetClock();
  }

  @Test
  void leastLoadedWeighsOpenWorkByHowCloseItIsToItsDueDate() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    Date yesterday = date(LocalDateTime.of(2026, 11, 22, 9, 0));
    Date tomorrow = date(LocalDateTime.of(2026, 11, 24, 9, 0));
    existing("giao.a", yesterday); // overdue: weighs 3
    existing("giao.b", tomorrow);
    existing("giao.b", tomorrow);
    existing("giao.c", tomorrow);

    for (int i = 0; i < 100; i++) {
      runtime.startProcessInstanceByKey("test-assignment-least-loaded");
    }

    Map<String, Long> assigned = countByAssignee("Task_Least");
    assertThat(assigned)
        .containsEntry("giao.a", 24L)
        .containsEntry("giao.b", 25L)
        .containsEntry("giao.c", 25L)
        .containsEntry("giao.d", 26L);
  }

  @Test
  void absentOfficialsAreSkippedByBothStrategies() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    jdbc.sql(
            "insert into absence (official, agency_code, starts_at, ends_at, reason, state,"
                + " created_by, created_at) values (?, ?, ?, ?, 'Nghỉ phép', 'ACTIVE', 'admin', ?)")
        .params(
            "giao.a",
            DemoData.AN_BINH,
            offset(LocalDateTime.of(2026, 11, 23, 0, 0)),
            offset(LocalDateTime.of(2026, 11, 24, 0, 0)),
            offset(LocalDateTime.of(2026, 11, 20, 9, 0)))
        .update();
    jdbc.sql(
            "insert into absence (official, agency_code, starts_at, ends_at, reason, state,"
                + " created_by, created_at) values (?, ?, ?, ?, 'Công tác', 'SCHEDULED', 'admin', ?)")
        .params(
            "vong.b",
            DemoData.AN_BINH,
            offset(LocalDateTime.of(2026, 11, 23, 0, 0)),
            offset(LocalDateTime.of(2026, 11, 25, 0, 0)),
            offset(LocalDateTime.of(2026, 11, 20, 9, 0)))
        .update();
    try {
      for (int i = 0; i < 6; i++) {
        runtime.startProcessInstanceByKey("test-assignment-least-loaded");
        runtime.startProcessInstanceByKey("test-assignment-round-robin");
      }
      assertThat(countByAssignee("Task_Least"))
          .doesNotContainKey("giao.a")
          .containsEntry("giao.b", 2L)
          .containsEntry("giao.c", 2L)
          .containsEntry("giao.d", 2L);
      assertThat(countByAssignee("Task_Round"))
          .doesNotContainKey("vong.b")
          .containsEntry("vong.a", 3L)
          .containsEntry("vong.c", 3L);
    } finally {
      jdbc.sql("delete from absence where official in ('giao.a', 'vong.b')").update();
    }
  }

  @Test
  void roundRobinGoesToEachMemberInTurn() {
    for (int i = 0; i < 8; i++) {
      runtime.startProcessInstanceByKey("test-assignment-round-robin");
    }
    List<String> order =
        tasks
            .createTaskQuery()
            .taskDefinitionKey("Task_Round")
            .orderByTaskCreateTime()
            .asc()
            .list()
            .stream()
            .map(Task::getAssignee)
            .toList();
    assertThat(order).hasSize(8);
    assertThat(countByAssignee("Task_Round"))
        .containsEntry("vong.a", 3L)
        .containsEntry("vong.b", 3L)
        .containsEntry("vong.c", 2L);
    for (int i = 1; i < order.size(); i++) {
      assertThat(order.get(i)).isNotEqualTo(order.get(i - 1));
    }
  }

  private Map<String, Long> countByAssignee(String key) {
    return tasks.createTaskQuery().taskDefinitionKey(key).list().stream()
        .collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
  }

  private void existing(String user, Date due) {
    Task task = tasks.newTask();
    task.setName("Việc có sẵn của " + user);
    task.setAssignee(user);
    task.setDueDate(due);
    tasks.saveTask(task);
  }

  private void unit(String groupId, String... users) {
    Group group = identity.newGroup(groupId);
    group.setName(groupId);
    identity.saveGroup(group);
    for (String id : users) {
      User user = identity.newUser(id);
      user.setPassword("x");
      identity.saveUser(user);
      identity.createMembership(id, groupId);
    }
  }

  private static java.time.OffsetDateTime offset(LocalDateTime vietnamTime) {
    return vietnamTime.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime();
  }

  private static Date date(LocalDateTime vietnamTime) {
    return Date.from(vietnamTime.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
  }
}
