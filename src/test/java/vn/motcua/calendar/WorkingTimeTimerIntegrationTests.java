package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * An administrator's plain {@code P2D} on a BPMN timer means two working days, and {@code PT4H} on
 * a task due date four working hours: the engine's business calendar is the working calendar.
 */
@IntegrationTest
class WorkingTimeTimerIntegrationTests {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  private String deploymentId;

  @BeforeEach
  void deployTestProcess() {
    BpmnAwareTests.init(engine);
    deploymentId =
        repository
            .createDeployment()
            .name("test-working-time-timer")
            .addClasspathResource("bpmn/working-time-timer.bpmn")
            .addClasspathResource("bpmn/deadlines-expression.bpmn")
            .deploy()
            .getId();
  }

  @AfterEach
  void cleanUp() {
    DemoData.resetClock();
    repository.deleteDeployment(deploymentId, true);
  }

  @Test
  void twoDayTimerSkipsTheWeekendAndTheHungKingsCompensatoryDay() {
    // Thursday 23 April 2026; Sat 25 and Sun 26 (Hùng Kings' day) are off, Monday 27 is its
    // compensatory day off: two working days later is Tuesday 28 April, 10:00.
    DemoData.setClock(LocalDateTime.of(2026, 4, 23, 10, 0));
    ProcessInstance instance = runtime.startProcessInstanceByKey("test-working-time-timer");

    Job timer = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(vietnam(2026, 4, 28, 10, 0));

    DemoData.setClock(LocalDateTime.of(2026, 4, 28, 9, 59));
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().count())
        .isZero();

    DemoData.setClock(LocalDateTime.of(2026, 4, 28, 10, 0));
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().count())
        .isEqualTo(1);
    management.executeJob(timer.getId());

    assertThat(instance).isWaitingAt("Task_AfterTimer");
    assertThat(
            tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
        .isEqualTo(vietnam(2026, 4, 28, 15, 30));
  }

  @Test
  void deadlinesBeanCountsWorkingTimeInTheAgencysCalendar() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 15, 0));
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(
            "test-deadlines-expression", java.util.Map.of("agency", DemoData.AN_BINH));
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    // Friday 15:00 plus four working hours: two on Friday, two on Monday from 07:30
    assertThat(timer.getDuedate()).isEqualTo(vietnam(2026, 11, 30, 9, 30));
  }

  private static Date vietnam(int year, int month, int day, int hour, int minute) {
    return Date.from(
        LocalDateTime.of(year, month, day, hour, minute).atZone(DemoData.VIETNAM).toInstant());
  }
}
