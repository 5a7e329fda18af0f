package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.DemoData.VIETNAM;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * A citizen's feedback on a birth registration at An Bình, sent Monday 23 November 2026 at 08:00
 * and proven with the last 4 digits of the ID number: assigned to An Bình (the resolving agency),
 * due 10 working days later (Monday 7 December 08:00, two weekends skipped), warned 2 working days
 * before (Thursday 3 December 08:00), overdue at the due date, escalated to the province's
 * supervisor 2 working days after it (Wednesday 9 December 08:00); each rung notified once. Then
 * the chairman answers and the citizen reads the answer.
 */
@IntegrationTest
class FeedbackLadderIntegrationTests {

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  void everyRungFiresAtItsWorkingTimeOnceThenTheAnswerReachesTheCitizen() {
    FeedbackDriver feedback = new FeedbackDriver(http);
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    String dossier = receive();
    Map<String, Object> created =
        feedback.created(FeedbackDriver.body("DOSSIER", "dossierCode", dossier, "proof", "2345"));
    String code = (String) created.get("code");
    String token = (String) created.get("token");
    assertThat(code).matches("PA-261123-[A-Z2-9]{6}");
    assertThat(created.get("link")).isEqualTo("/public/feedback/" + code + "?t=" + token);
    assertThat(created.get("dueAt")).isEqualTo(at(12, 7, 8, 0).toString());

    assertThat(row(code))
        .containsEntry("agency", AN_BINH)
        .containsEntry("status", "ASSIGNED")
        .containsEntry("dossier_code", dossier)
        .containsEntry("sender", "citizen:a***@example.vn");
    Task task = task(code);
    assertThat(candidateGroups(task))
        .containsExactlyInAnyOrder(AN_BINH + ":leader", AN_BINH + ":unit-head");
    assertThat(task.getDueDate().toInstant()).isEqualTo(at(12, 7, 8, 0));
    assertThat(timerDates(code))
        .containsExactlyInAnyOrder(at(12, 3, 8, 0), at(12, 7, 8, 0), at(12, 9, 8, 0));

    fireDueAt(code, LocalDateTime.of(2026, 12, 3, 7, 59));
    assertThat(row(code).get("warned_at")).isNull();
    fireDueAt(code, LocalDateTime.of(2026, 12, 3, 8, 1));
    assertThat(row(code).get("warned_at")).isNotNull();
    assertThat(notified(code, "WARNED")).containsExactly("chutich.anbinh", "vanphong.anbinh");
    assertThat(row(code).get("overdue_at")).isNull();

    fireDueAt(code, LocalDateTime.of(2026, 12, 7, 7, 59)); // the weekend does not count
    assertThat(row(code).get("overdue_at")).isNull();
    fireDueAt(code, LocalDateTime.of(2026, 12, 7, 8, 1));
    assertThat(row(code).get("overdue_at")).isNotNull();
    assertThat(notified(code, "OVERDUE")).containsExactly("chutich.anbinh");
    assertThat(feedback.codes("chutich.anbinh", "overdue=true")).contains(code);
    assertThat(feedback.codes("chutich.anbinh", "overdue=false")).doesNotContain(code);
    assertThat(notified(code, "ESCALATED")).isEmpty();

    fireDueAt(code, LocalDateTime.of(2026, 12, 9, 8, 1));
    assertThat(row(code).get("escalated_at")).isNotNull();
    assertThat(notified(code, "ESCALATED")).containsExactly("thanhtra.tinh");

    fireDueAt(code, LocalDateTime.of(2026, 12, 21, 9, 0)); // spent: nothing more
    assertThat(timerDates(code)).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from notification where dedup_key like ?")
                .param("feedback:" + code + ":%")
                .query(Long.class)
                .single())
        .isEqualTo(4);
    assertThat(
            jdbc.sql("select kind from feedback_event where feedback_code = ? order by id")
                .param(code)
                .query(String.class)
                .list())
        .containsExactly("RECEIVED", "ASSIGNED", "WARNED", "OVERDUE", "ESCALATED");

    // the task is answered only through the API, which records the answer first
    assertThatThrownBy(() -> tasks.complete(task(code).getId(), Map.of("outcome", "ANSWERED")))
        .hasMessageContaining("/api/feedback");

    assertThat(feedback.act("hotich.anbinh", code, "answer", Map.of("answer", "…")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            feedback.act("chutich.hoaphu", code, "answer", Map.of("answer", "…")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            feedback.act("chutich.anbinh", code, "answer", Map.of("answer", " ")).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    DemoData.setClock(LocalDateTime.of(2026, 12, 10, 9, 0));
    String answer = "UBND xã đã trả kết quả ngày 10/12/2026 và xin lỗi vì chậm trễ.";
    ResponseEntity<Map<String, Object>> answered =
        feedback.act("chutich.anbinh", code, "answer", Map.of("answer", answer));
    assertThat(answered.getStatusCode()).as("%s", answered.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(answered.getBody())
        .containsEntry("status", "ANSWERED")
        .containsEntry("answeredBy", "chutich.anbinh")
        .containsEntry("overdue", true);
    assertThat(task(code)).isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance(code)).count())
        .isZero();
    assertThat(
            feedback
                .act("chutich.anbinh", code, "answer", Map.of("answer", "lần hai"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(
            jdbc.sql(
                    "select action from audit_entry where subject_type = 'FEEDBACK'"
                        + " and subject_id = ? order by id")
                .param(code)
                .query(String.class)
                .list())
        .containsExactly(
            "FEEDBACK_RECEIVED",
            "FEEDBACK_WARNED",
            "FEEDBACK_OVERDUE",
            "FEEDBACK_ESCALATED",
            "FEEDBACK_ANSWERED");

    ResponseEntity<Map<String, Object>> citizen = feedback.citizen(code, token);
    assertThat(citizen.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(citizen.getBody())
        .containsEntry("status", "ANSWERED")
        .containsEntry("answer", answer)
        .containsEntry("subject", dossier)
        .containsEntry("agency", "UBND xã An Bình")
        .doesNotContainKey("answeredBy");
    String page = http.getForObject("/public/feedback/" + code + "?t=" + token, String.class);
    assertThat(page).contains(answer).contains("Đã trả lời").doesNotContain("chutich");
  }

  private String receive() {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                FeedbackDriver.JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  private Map<String, Object> row(String code) {
    return jdbc.sql(
            "select agency, status, dossier_code, sender, warned_at, overdue_at, escalated_at"
                + " from feedback where code = ?")
        .param(code)
        .query()
        .singleRow();
  }

  private List<String> notified(String code, String rung) {
    return jdbc.sql("select recipient from notification where dedup_key = ? order by recipient")
        .param("feedback:" + code + ":" + rung + ":0")
        .query(String.class)
        .list();
  }

  private String instance(String code) {
    return jdbc.sql("select process_instance_id from feedback where code = ?")
        .param(code)
        .query(String.class)
        .single();
  }

  private Task task(String code) {
    return tasks.createTaskQuery().processInstanceId(instance(code)).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private List<Instant> timerDates(String code) {
    return management.createJobQuery().processInstanceId(instance(code)).timers().list().stream()
        .map(job -> job.getDuedate().toInstant())
        .toList();
  }

  /** Moves the clock and runs every due job of the feedback's process, as the executor would. */
  private void fireDueAt(String code, LocalDateTime vietnamTime) {
    DemoData.setClock(vietnamTime);
    String instance = instance(code);
    for (int round = 0; round < 10; round++) {
      List<Job> due =
          management
              .createJobQuery()
              .processInstanceId(instance)
              .executable()
              .active()
              .timers()
              .list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep coming due");
  }

  private static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute).atZone(VIETNAM).toInstant();
  }
}
