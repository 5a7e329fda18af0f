package vn.motcua.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;

/**
 * A transfer tells the colleague it reaches, a return tells the official who did the step it
 * re-opens: exactly one notice each, with the reason, in words (names, local times, no codes); the
 * worklist row of a returned step shows why, and after an apology the new appointment.
 */
@IntegrationTest
class HandOverNoticesIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;

  private String code;

  /** Notices are written in each reader's last chosen language: these readers chose none. */
  @org.junit.jupiter.api.BeforeEach
  void vietnameseReaders() {
    jdbc.sql("update official set language = null where agency_code = ?").param(AN_BINH).update();
  }

  @AfterEach
  void endDossierAndResetClock() {
    DemoData.resetClock();
    if (code != null) {
      runtime
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(code)
          .list()
          .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished"));
    }
  }

  record Sent(String recipient, String subject, String body) {}

  @Test
  void transferAndReturnEachNotifyOnePersonWithTheReason() {
    DemoData.setClock(LocalDateTime.of(2026, 12, 7, 8, 0));
    code = receive();
    Officials.work(
        tasks,
        forms,
        identity,
        "tiepnhan.anbinh",
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    String appraisal = task("Task_Appraisal").getId();
    assertThat(act("hotich.anbinh", appraisal, "claim", Map.of())).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(
            act(
                "hotich.anbinh",
                appraisal,
                "transfer",
                Map.of("to", "tuphap.anbinh", "reason", "Nghỉ phép hai ngày")))
        .isEqualTo(HttpStatus.NO_CONTENT);
    List<Sent> transferred = sent("transfer:%");
    assertThat(transferred).hasSize(1);
    Sent transfer = transferred.get(0);
    assertThat(transfer.recipient()).isEqualTo("tuphap.anbinh");
    assertThat(transfer.subject())
        .isEqualTo("[Một Cửa] Được chuyển việc: hồ sơ " + code + " – Nguyễn Văn An");
    assertThat(transfer.body())
        .contains(
            "chuyển cho bạn bước «",
            "Lý do: Nghỉ phép hai ngày",
            "Chuyên viên · UBND xã An Bình",
            "Thời điểm: 08:00 ngày 07/12/2026",
            "/dossiers/" + code);
    assertReadable(transfer);

    assertThat(
            act(
                "tuphap.anbinh",
                appraisal,
                "return",
                Map.of("reason", "Giấy chứng sinh chưa được số hóa")))
        .isEqualTo(HttpStatus.NO_CONTENT);
    List<Sent> returned = sent("return:%");
    assertThat(returned).hasSize(1);
    Sent back = returned.get(0);
    // the re-opened reception step: its holder, else the officer who did it before
    Task reception = task("Task_Reception");
    assertThat(back.recipient())
        .isEqualTo(reception.getAssignee() != null ? reception.getAssignee() : "tiepnhan.anbinh");
    assertThat(back.subject()).startsWith("[Một Cửa] Hồ sơ bị trả về: hồ sơ " + code);
    assertThat(back.body())
        .contains(
            "trả hồ sơ " + code + " (Nguyễn Văn An) về bước «Tiếp nhận hồ sơ»",
            "Lý do: Giấy chứng sinh chưa được số hóa",
            "Tiếp nhận (một cửa) · UBND xã An Bình");
    assertReadable(back);
    assertThat(sent("%")).hasSize(2);

    Map<String, Object> row = row("tiepnhan.anbinh", reception.getId());
    assertThat(row)
        .containsEntry("returnReason", "Giấy chứng sinh chưa được số hóa")
        .containsEntry("unitName", "Tiếp nhận (một cửa) · UBND xã An Bình");
    assertThat(tasks.getVariableLocal(reception.getId(), "returnReason"))
        .isEqualTo("Giấy chứng sinh chưa được số hóa");
  }

  @Test
  void theWorklistRowShowsTheNewAppointmentAfterAnApology() {
    DemoData.setClock(LocalDateTime.of(2026, 12, 7, 8, 0));
    code = receive();
    var extended =
        http.withBasicAuth("vanphong.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/extension",
                HttpMethod.POST,
                new HttpEntity<>(
                    Map.of("reason", "Chờ xác minh", "newDueAt", "2026-12-10T09:00:00Z")),
                JSON);
    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> row = row("tiepnhan.anbinh", task("Task_Reception").getId());
    assertThat(row).containsEntry("extendedDueAt", "2026-12-10T09:00:00Z");
    assertThat(row.get("returnReason")).isNull();
  }

  /** No event code, no UTC time, no group code, no login name in what a person reads. */
  private static void assertReadable(Sent sent) {
    String all = sent.subject() + "\n" + sent.body();
    assertThat(all)
        .doesNotContain(
            "TRANSFERRED",
            "RETURNED",
            ":specialist",
            ":reception",
            "hotich.anbinh",
            "tuphap.anbinh")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T")
        .doesNotContainPattern("\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z");
  }

  private List<Sent> sent(String key) {
    return jdbc.sql(
            "select recipient, subject, body from notification where dossier_code = ?"
                + " and dedup_key like ? and channel is null order by id")
        .params(code, key)
        .query(Sent.class)
        .list();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> row(String user, String taskId) {
    List<Map<String, Object>> rows =
        (List<Map<String, Object>>)
            http.withBasicAuth(user, PASSWORD)
                .exchange("/api/worklist?scope=unit&q=" + code, HttpMethod.GET, null, JSON)
                .getBody()
                .get("rows");
    return rows.stream().filter(r -> taskId.equals(r.get("taskId"))).findFirst().orElseThrow();
  }

  private String receive() {
    return (String)
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON)
            .getBody()
            .get("code");
  }

  private HttpStatus act(String user, String taskId, String action, Map<String, Object> body) {
    return HttpStatus.valueOf(
        http.withBasicAuth(user, PASSWORD)
            .exchange(
                "/api/worklist/tasks/" + taskId + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body),
                JSON)
            .getStatusCode()
            .value());
  }

  private Task task(String key) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey(key)
        .singleResult();
  }
}
