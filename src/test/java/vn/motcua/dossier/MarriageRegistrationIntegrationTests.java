package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.dossier.DossierDriver.at;
import static vn.motcua.dossier.DossierDriver.later;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * Marriage registration at the commune of An Bình: five working days at most (Civil Status Law Art.
 * 18), with or without verification of the conditions for marriage, and a chairman who may refuse.
 * November 2026: Monday to Friday are working days, 07:30–11:30 and 13:00–17:00.
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
    // five working days: Tue, Wed, Thu, Fri, Mon
    assertThat(created.getBody())
        .containsEntry("status", "RECEIVED")
        .containsEntry("dueAt", at(2026, 11, 30, 9, 0));
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
        .containsEntry("openSteps", List.of());
  }

  @Test
  void verificationOfTheConditionsIsAStepOfItsOwnWithinFiveWorkingDays() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance = process(code);
    accept(code);
    driver.work(
        SPECIALIST,
        code,
        "Task_Appraisal",
        Map.of(
            "appraisalResult",
            "NEEDS_VERIFICATION",
            "appraisalOpinion",
            "Cần xác minh tình trạng hôn nhân của bên nữ."));
    // three working days from Monday 09:00
    driver.assertOpenStep(
        RECEPTION, code, "Task_Verification", AN_BINH + ":specialist", at(2026, 11, 26, 9, 0));
    assertThat(status(code)).isEqualTo("IN_PROGRESS");

    DemoData.setClock(LocalDateTime.of(2026, 11, 26, 9, 0));
    driver.work(
        SPECIALIST,
        code,
        "Task_Verification",
        Map.of(
            "verificationResult",
            "CONFIRMED",
            "verificationNote",
            "UBND nơi cư trú trước đây xác nhận chưa đăng ký kết hôn."));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Approval", AN_BINH + ":leader", at(2026, 11, 26, 11, 0));
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
    assertThat(status(code)).isEqualTo("RETURNED");
  }

  /**
   * Five working days, supplementClockRule RESTART: the supplement taken during the appraisal
   * starts the five working days again from the instant it arrives.
   */
  @Test
  @SuppressWarnings("unchecked")
  void supplementationDuringAppraisalRestartsTheFiveWorkingDays() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance = process(code);
    // received Monday 23 November 09:00: due Monday 30 November 09:00
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("dueAt", at(2026, 11, 30, 9, 0));
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
    // RESTART: 5 × 480 = 2400 working minutes from Tuesday 24 November 15:30: Tuesday 15:30–17:00
    // (90), Wednesday, Thursday, Friday, Monday 30 (4 × 480 = 1920), 390 left on Tuesday
    // 1 December: 07:30–11:30 (240) + 13:00–15:30 (150) = Tuesday 1 December 15:30
    driver.assertResumed(
        RECEPTION,
        code,
        at(2026, 12, 1, 15, 30),
        at(2026, 11, 23, 10, 0),
        at(2026, 11, 24, 15, 30),
        720);

    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 9, 0));
    driver.work(
        SPECIALIST,
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "NEEDS_VERIFICATION", "appraisalOpinion", "Cần xác minh"));
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 10, 0));
    driver.work(
        SPECIALIST,
        code,
        "Task_Verification",
        Map.of("verificationResult", "CONFIRMED", "verificationNote", "Chưa đăng ký kết hôn."));
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 9, 0));
    driver.work(CHAIRMAN, code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 14, 0));
    driver.work(RECEPTION, code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_Appraisal", "Task_Verification", "Task_Approval", "Task_ResultReturn");
    // returned Monday 30 November 14:00, the day before the due day (without the restart it would
    // have been five hours after the first due date, Monday 09:00: late)
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("finishedAt", at(2026, 11, 30, 14, 0))
        .containsEntry("dueAt", at(2026, 12, 1, 15, 30))
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

  /** The dossier's process instance, looked up while it runs; assertions work after it ends. */
  private ProcessInstance process(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
  }
}
