package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.dossier.DossierDriver.at;
import static vn.motcua.dossier.DossierDriver.later;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * Marriage registration at the commune of An Bình (Civil Status Law 2014 Art. 18(2)): the same
 * working day, the next one when received after 15:00; up to five working days from receipt when
 * the appraisal finds the conditions need verifying, the verification itself not counted (Decree
 * 123/2015 Art. 3(4) as amended); a chairman who may refuse. November 2026: Monday to Friday are
 * working days, 07:30–11:30 and 13:00–17:00.
 */
@IntegrationTest
class MarriageRegistrationIntegrationTests extends ProcedureWalkthrough {

  private static final String PROCEDURE = "marriage-registration";
  private static final String RECEPTION = "tiepnhan.anbinh";
  private static final String SPECIALIST = "hotich.anbinh";
  private static final String CHAIRMAN = "chutich.anbinh";

  @Test
  void eligibleCoupleWithoutVerificationIsReturnedTheSameDay() {
    ResponseEntity<Map<String, Object>> created = driver.receive(RECEPTION, dossier());
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    ProcessInstance instance = process(code);
    assertThat(code).matches("000\\.00\\.01\\.H99-261123-\\d{4,}");
    // received Monday 09:00: due when the office closes that day
    assertThat(created.getBody())
        .containsEntry("status", "RECEIVED")
        .containsEntry("dueAt", at(2026, 11, 23, 17, 0));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Reception", AN_BINH + ":reception", at(2026, 11, 23, 10, 0));

    later(30);
    driver.work(
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    assertThat(status(code)).isEqualTo("IN_PROGRESS");
    driver.assertOpenStep(
        RECEPTION, code, "Task_Appraisal", AN_BINH + ":specialist", at(2026, 11, 23, 15, 0));

    later(60);
    driver.work(
        SPECIALIST,
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Hai bên đủ điều kiện kết hôn."));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Approval", AN_BINH + ":leader", at(2026, 11, 23, 14, 0));

    later(60);
    driver.work(CHAIRMAN, code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));
    assertThat(status(code)).isEqualTo("RESULT_READY");
    driver.assertOpenStep(
        RECEPTION, code, "Task_ResultReturn", AN_BINH + ":reception", at(2026, 11, 23, 14, 0));

    later(30);
    driver.work(
        RECEPTION,
        code,
        "Task_ResultReturn",
        Map.of("returnMethod", "COUNTER", "resultDigitised", true));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_Reception",
            "Task_Appraisal",
            "Task_Approval",
            "Task_ResultReturn",
            "EndEvent_ResultReturned")
        .hasNotPassed("Task_Verification");
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("finishedAt", at(2026, 11, 23, 12, 0))
        .containsEntry("dueAt", at(2026, 11, 23, 17, 0))
        .containsEntry("timeliness", "ON_TIME")
        .containsEntry("pauses", List.of())
        .containsEntry("openSteps", List.of());
  }

  /** Received after 15:00 (16:00): due when the office closes the next working day. */
  @Test
  @SuppressWarnings("unchecked")
  void receivedAfterThreeIsDueTheNextWorkingDay() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 16, 0)); // Friday
    String code = driver.receiveCode(RECEPTION, dossier());
    // the next working day is Monday 30 November
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("dueAt", at(2026, 11, 30, 17, 0));
    assertThat(overdueTimer(code)).isEqualTo(at(2026, 11, 30, 17, 0));

    Map<String, Object> legalTime =
        (Map<String, Object>)
            http.getForObject("/api/procedures/" + PROCEDURE, Map.class).get("legalTime");
    assertThat(legalTime).containsEntry("workingDays", 0).containsEntry("sameDayCutoff", "15:00");
    assertThat((List<Map<String, Object>>) legalTime.get("variants"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v)
                    .containsEntry("code", "VERIFICATION")
                    .containsEntry("amount", 5)
                    .containsEntry("unit", "workingDays")
                    .containsEntry("legalBasis", "Luật Hộ tịch 2014, Điều 18 khoản 2"));
  }

  /**
   * The appraisal finds the conditions need verifying (Monday 10:00): the legal time becomes five
   * working days from receipt (Monday 09:00 → Monday 30 November 09:00), and the clock stands still
   * for the three working days the verification takes (Monday 10:00 → Thursday 10:00, 1440 working
   * minutes), so the dossier is due Thursday 3 December 09:00. Only the process stops and restarts
   * that clock.
   */
  @Test
  @SuppressWarnings("unchecked")
  void verificationExtendsTheLegalTimeToFiveWorkingDaysAndItsOwnTimeIsNotCounted() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance = process(code);
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("dueAt", at(2026, 11, 23, 17, 0));
    later(30);
    accept(code);
    later(30);
    driver.work(
        SPECIALIST,
        code,
        "Task_Appraisal",
        Map.of(
            "appraisalResult",
            "NEEDS_VERIFICATION",
            "appraisalOpinion",
            "Cần xác minh tình trạng hôn nhân của bên nữ."));

    Map<String, Object> verifying = driver.dossier(RECEPTION, code);
    assertThat(verifying)
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("dueAt", at(2026, 11, 30, 9, 0))
        .containsEntry("paused", true);
    assertThat((List<Map<String, Object>>) verifying.get("pauses"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .containsEntry("reasonCode", "VERIFICATION")
                    .containsEntry("pausedAt", at(2026, 11, 23, 10, 0)));
    // the step's own three working days still run; the dossier's deadline timers are held
    driver.assertOpenStep(
        RECEPTION, code, "Task_Verification", AN_BINH + ":specialist", at(2026, 11, 26, 10, 0));
    assertThat(Instant.parse(overdueTimer(code)).atZone(DemoData.VIETNAM).getYear())
        .isGreaterThan(2500);
    assertThat(runtime.getVariable(instance.getId(), "legalTimeVariant")).isEqualTo("VERIFICATION");
    // the verification's stop is the process's: no official restarts the clock by hand
    ResponseEntity<Map<String, Object>> byHand =
        http.withBasicAuth(SPECIALIST, DemoData.PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/resume",
                HttpMethod.POST,
                new HttpEntity<>(Map.of()),
                new ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(byHand.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    DemoData.setClock(LocalDateTime.of(2026, 11, 26, 10, 0)); // three working days later
    driver.work(
        SPECIALIST,
        code,
        "Task_Verification",
        Map.of(
            "verificationResult",
            "CONFIRMED",
            "verificationNote",
            "UBND nơi cư trú trước đây xác nhận chưa đăng ký kết hôn."));
    driver.assertResumed(
        RECEPTION,
        code,
        at(2026, 12, 3, 9, 0),
        at(2026, 11, 23, 10, 0),
        at(2026, 11, 26, 10, 0),
        1440);
    Map<String, Object> resumed = driver.dossier(RECEPTION, code);
    assertThat(resumed).containsEntry("pausedWorkingMinutes", 1440);
    assertThat((List<Map<String, Object>>) resumed.get("pausedByReason"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .containsEntry("reasonCode", "VERIFICATION")
                    .containsEntry("workingMinutes", 1440));
    assertThat(overdueTimer(code)).isEqualTo(at(2026, 12, 3, 9, 0));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Approval", AN_BINH + ":leader", at(2026, 11, 26, 13, 30));

    driver.work(CHAIRMAN, code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));
    assertThat(status(code)).isEqualTo("RESULT_READY");
    driver.work(RECEPTION, code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_Appraisal",
            "Gateway_VerificationNeeded",
            "Task_Verification",
            "Gateway_VerificationDone",
            "Task_Approval",
            "Task_ResultReturn");
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("dueAt", at(2026, 12, 3, 9, 0))
        .containsEntry("timeliness", "EARLY");
  }

  /**
   * supplementClockRule RESTART: the supplement taken during the appraisal starts the same-day
   * clock again from the instant it arrives (after 15:00: the next working day), and the five
   * working days of the verification branch count from that restart, its own time excluded.
   */
  @Test
  @SuppressWarnings("unchecked")
  void supplementationDuringAppraisalRestartsTheClockAndVerificationCountsFromThere() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance = process(code);
    // received Monday 23 November 09:00: due that day at 17:00
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("dueAt", at(2026, 11, 23, 17, 0));
    later(30);
    accept(code);
    driver.assertOpenStep(
        RECEPTION, code, "Task_Appraisal", AN_BINH + ":specialist", at(2026, 11, 23, 15, 0));

    later(30); // Monday 10:00, during the appraisal
    driver.requestSupplementation(
        RECEPTION,
        code,
        "Thiếu giấy xác nhận tình trạng hôn nhân",
        "Giấy xác nhận tình trạng hôn nhân của bên nữ");

    // one and a half working days later: Monday 10:00–11:30 (90) + 13:00–17:00 (240) + Tuesday
    // 07:30–11:30 (240) + 13:00–15:30 (150) = 720 working minutes
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 15, 30));
    driver.supplement(RECEPTION, code, "Đã nộp giấy xác nhận");
    // RESTART at Tuesday 24 November 15:30, after 15:00: due Wednesday 25 November 17:00
    driver.assertResumed(
        RECEPTION,
        code,
        at(2026, 11, 25, 17, 0),
        at(2026, 11, 23, 10, 0),
        at(2026, 11, 24, 15, 30),
        720);

    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 9, 0));
    driver.work(
        SPECIALIST,
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "NEEDS_VERIFICATION", "appraisalOpinion", "Cần xác minh"));
    // verification needed: 5 × 480 = 2400 working minutes from the restart, Tuesday 24 November
    // 15:30: Tuesday 15:30–17:00 (90), Wednesday to Monday 30 (4 × 480), 390 on Tuesday 1 December
    // = Tuesday 1 December 15:30
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("dueAt", at(2026, 12, 1, 15, 30));
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 10, 0));
    driver.work(
        SPECIALIST,
        code,
        "Task_Verification",
        Map.of("verificationResult", "CONFIRMED", "verificationNote", "Chưa đăng ký kết hôn."));
    // the verification stood still from Wednesday 09:00 to Friday 10:00: 390 + 480 + 150 = 1020
    // working minutes; Tuesday 1 December 15:30 + 1020: 90 on Tuesday, 480 on Wednesday, 450 on
    // Thursday 3 December (07:30–11:30, 13:00–16:30)
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("dueAt", at(2026, 12, 3, 16, 30));
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 9, 0));
    driver.work(CHAIRMAN, code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 14, 0));
    driver.work(RECEPTION, code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_Appraisal", "Task_Verification", "Task_Approval", "Task_ResultReturn");
    // returned Monday 30 November 14:00, before the due day
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("finishedAt", at(2026, 11, 30, 14, 0))
        .containsEntry("dueAt", at(2026, 12, 3, 16, 30))
        .containsEntry("timeliness", "EARLY");
  }

  @Test
  void chairmanRefusalAfterVerificationIsReturnedAsRejected() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance = process(code);
    accept(code);
    driver.work(
        SPECIALIST,
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "NEEDS_VERIFICATION", "appraisalOpinion", "Cần xác minh"));
    driver.work(
        SPECIALIST,
        code,
        "Task_Verification",
        Map.of(
            "verificationResult",
            "NOT_CONFIRMED",
            "verificationNote",
            "Bên nam đang có vợ theo Sổ đăng ký kết hôn."));
    driver.work(
        CHAIRMAN,
        code,
        "Task_Approval",
        Map.of("approvalDecision", "REJECT", "approvalNote", "Vi phạm chế độ một vợ một chồng"));
    assertThat(status(code)).isEqualTo("RESULT_READY");
    driver.work(RECEPTION, code, "Task_ResultReturn", Map.of("returnMethod", "POST"));

    assertThat(instance).isEnded().hasPassed("EndEvent_ResultReturned");
    assertThat(status(code)).isEqualTo("REJECTED");
  }

  @Test
  void refusedAtReceptionEndsAsRefused() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance = process(code);
    driver.work(
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "REFUSE", "receptionNote", "Bên nam chưa đủ 20 tuổi"));

    assertThat(instance).isEnded().hasPassed("EndEvent_Refused");
    assertThat(status(code)).isEqualTo("REFUSED");
  }

  private void accept(String code) {
    driver.work(RECEPTION, code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
  }

  private static Map<String, Object> dossier() {
    return DossierDriver.counterDossier(
        PROCEDURE, AN_BINH, Map.of("brideName", "Trần Thị Bình", "groomName", "Nguyễn Văn An"));
  }

  private String status(String code) {
    return (String) driver.dossier(RECEPTION, code).get("status");
  }

  private String overdueTimer(String code) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(process(code).getId())
        .activityId("TimerStart_DossierOverdue")
        .singleResult()
        .getDuedate()
        .toInstant()
        .toString();
  }

  /** The dossier's process instance, looked up while it runs; assertions work after it ends. */
  private ProcessInstance process(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
  }
}
