package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.DemoData.VIETNAM;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * A procedure reshapes its escalation ladder with extension properties: here the reception step is
 * soon due at half its budget, and the whole procedure escalates to the unit head two working hours
 * after a step's due date instead of one working day. Bad values are refused at deployment.
 */
@IntegrationTest
class LadderOverrideIntegrationTests {

  private static final String DEPLOYMENT = "ladder-override-test";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @AfterEach
  void removeDeploymentAndResetClock() {
    repository
        .createDeploymentQuery()
        .deploymentName(DEPLOYMENT)
        .list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    DemoData.resetClock();
  }

  @Test
  void stepAndProcessPropertiesOverrideTheDefaultLadder() throws IOException {
    deploy(
        birthRegistration()
            .replaceFirst(
                "<camunda:property name=\"role\" value=\"reception\" />",
                "<camunda:property name=\"role\" value=\"reception\" />"
                    + "<camunda:property name=\"ladderSoonDueShare\" value=\"0.5\" />")
            .replaceFirst(
                "<camunda:property name=\"procedureCode\" value=\"1.001193\" />",
                "<camunda:property name=\"procedureCode\" value=\"1.001193\" />"
                    + "<camunda:property name=\"ladderUnitHeadAfter\" value=\"PT2H\" />"));
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    String code = receive();
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
    // one ladder timer at a time: each rung, when it fires, sets the next
    assertThat(ladderTimer(instance)).isEqualTo(at(23, 8, 30)); // soon due at half of 60 minutes
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 31));
    management.executeJob(ladderJob(instance));
    assertThat(ladderTimer(instance)).isEqualTo(at(23, 9, 0)); // overdue
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 1));
    management.executeJob(ladderJob(instance));
    assertThat(ladderTimer(instance)).isEqualTo(at(23, 11, 0)); // unit head two working hours on
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 11, 1));
    management.executeJob(ladderJob(instance));
    assertThat(ladderTimer(instance)).isEqualTo(at(24, 11, 0)); // supervisor: one more working day
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 11, 1));
    management.executeJob(ladderJob(instance));
    assertThat(ladderJobs(instance)).isEmpty();
  }

  private List<org.camunda.bpm.engine.runtime.Job> ladderJobs(String instance) {
    return LadderTimers.of(management, instance);
  }

  private String ladderJob(String instance) {
    return ladderJobs(instance).get(0).getId();
  }

  private Instant ladderTimer(String instance) {
    return ladderJobs(instance).stream()
        .map(job -> job.getDuedate().toInstant())
        .reduce(
            (a, b) -> {
              throw new AssertionError("more than one ladder timer: " + a + ", " + b);
            })
        .orElseThrow();
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() throws IOException {
    String bpmn =
        birthRegistration()
            .replaceFirst(
                "<camunda:property name=\"procedureCode\" value=\"1.001193\" />",
                "<camunda:property name=\"procedureCode\" value=\"1.001193\" />"
                    + "<camunda:property name=\"ladderSoonDueShare\" value=\"1.5\" />"
                    + "<camunda:property name=\"ladderSupervisorAfter\" value=\"soon\" />");
    assertThatThrownBy(() -> deploy(bpmn))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("'ladderSoonDueShare' phải là số trong khoảng (0, 1)")
        .hasMessageContaining("'ladderSupervisorAfter' phải là thời lượng làm việc");
  }

  private void deploy(String bpmn) {
    repository
        .createDeployment()
        .name(DEPLOYMENT)
        .addString("processes/birth-registration.bpmn", bpmn)
        .deploy();
  }

  private String receive() {
    var created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                new ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  private static String birthRegistration() throws IOException {
    return Files.readString(Path.of("processes", "birth-registration.bpmn"));
  }

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 11, day, hour, minute).atZone(VIETNAM).toInstant();
  }
}
