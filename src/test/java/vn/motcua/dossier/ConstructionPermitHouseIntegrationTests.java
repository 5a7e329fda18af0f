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
 * A construction permit for a detached house at the commune of An Bình: 15 calendar days
 * (Construction Law Art. 102), due when the office closes on the fifteenth day, or on the next
 * working day when that day is not one.
 */
@IntegrationTest
class ConstructionPermitHouseIntegrationTests extends ProcedureWalkthrough {

  private static final String PROCEDURE = "construction-permit-house";
  private static final String RECEPTION = "tiepnhan.anbinh";

  @Test
  void permitIsSignedAfterAppraisalAndSiteInspectionWithinFifteenDays() {
    ResponseEntity<Map<String, Object>> created = driver.receive(RECEPTION, dossier());
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(code).matches("000\\.00\\.01\\.H99-261123-\\d{4,}");
    // Monday 23 November + 15 calendar days = Tuesday 8 December, at closing time
    assertThat(created.getBody())
        .containsEntry("status", "RECEIVED")
        .containsEntry("dueAt", at(2026, 12, 8, 17, 0));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Reception", AN_BINH + ":reception", at(2026, 11, 23, 14, 30));

    later(30);
    driver.work(
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    assertThat(status(code)).isEqualTo("IN_PROGRESS");
    driver.assertOpenStep(
        RECEPTION,
        code,
        "Task_AppraisalAndSiteInspection",
        AN_BINH + ":specialist",
        at(2026, 12, 2, 9, 30));

    DemoData.setClock(LocalDateTime.of(2026, 12, 1, 10, 0));
    driver.work(
        "hotich.anbinh",
        code,
        "Task_AppraisalAndSiteInspection",
        Map.of(
            "appraisalResult",
            "ELIGIBLE",
            "siteInspected",
            true,
            "siteInspectionNote",
            "Hiện trạng phù hợp bản vẽ, không lấn chiếm.",
            "appraisalOpinion",
            "Phù hợp quy hoạch chi tiết và thiết kế đô thị."));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Approval", AN_BINH + ":leader", at(2026, 12, 3, 10, 0));

    DemoData.setClock(LocalDateTime.of(2026, 12, 3, 9, 0));
    driver.work("chutich.anbinh", code, "Task_Approval", Map.of("permitDecision", "GRANT"));
    assertThat(status(code)).isEqualTo("RESULT_READY");
    driver.assertOpenStep(
        RECEPTION, code, "Task_ResultReturn", AN_BINH + ":reception", at(2026, 12, 3, 14, 30));

    later(60);
    driver.work(
        RECEPTION,
        code,
        "Task_ResultReturn",
        Map.of("returnMethod", "COUNTER", "resultDigitised", true));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_Reception",
            "Task_AppraisalAndSiteInspection",
            "Task_Approval",
            "Task_ResultReturn",
            "EndEvent_ResultReturned");
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("finishedAt", at(2026, 12, 3, 10, 0))
        .containsEntry("openSteps", List.of());
  }

  /**
   * Fifteen calendar days, supplementClockRule RESTART: the fifteen days count again from the day
   * the supplement arrives, and a fifteenth day on a weekend moves to the next working day.
   */
  @Test
  @SuppressWarnings("unchecked")
  void supplementationDuringAppraisalRestartsTheFifteenCalendarDays() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    // received Monday 23 November: due Tuesday 8 December 17:00
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("dueAt", at(2026, 12, 8, 17, 0));
    later(30);
    driver.work(RECEPTION, code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    assertThat(status(code)).isEqualTo("IN_PROGRESS");

    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 14, 0)); // during the appraisal
    driver.requestSupplementation(
        RECEPTION,
        code,
        "Bản vẽ thiết kế thiếu mặt cắt và sơ đồ đấu nối",
        "Bản vẽ mặt cắt",
        "Sơ đồ đấu nối hạ tầng kỹ thuật");

    // one and a half working days later: Wednesday 14:00–17:00 (180) + Thursday (480) + Friday
    // 07:30–08:30 (60) = 720 working minutes
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 8, 30));
    driver.supplement(RECEPTION, code, "Đã nộp bản vẽ bổ sung");
    // RESTART, 15 calendar days: the clock starts again on Friday 27 November (the office is
    // open at 08:30); 27 November + 15 days = Saturday 12 December, not a working day, so the
    // next working day, Monday 14 December, at closing time 17:00
    driver.assertResumed(
        RECEPTION,
        code,
        at(2026, 12, 14, 17, 0),
        at(2026, 11, 25, 14, 0),
        at(2026, 11, 27, 8, 30),
        720);

    DemoData.setClock(LocalDateTime.of(2026, 12, 4, 10, 0));
    driver.work(
        "hotich.anbinh",
        code,
        "Task_AppraisalAndSiteInspection",
        Map.of(
            "appraisalResult",
            "ELIGIBLE",
            "siteInspected",
            true,
            "siteInspectionNote",
            "Hiện trạng phù hợp bản vẽ bổ sung.",
            "appraisalOpinion",
            "Phù hợp quy hoạch chi tiết."));
    DemoData.setClock(LocalDateTime.of(2026, 12, 8, 9, 0));
    driver.work("chutich.anbinh", code, "Task_Approval", Map.of("permitDecision", "GRANT"));
    DemoData.setClock(LocalDateTime.of(2026, 12, 9, 9, 0));
    driver.work(RECEPTION, code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_AppraisalAndSiteInspection",
            "Task_Approval",
            "Task_ResultReturn",
            "EndEvent_ResultReturned");
    // returned Wednesday 9 December, before the due day Monday 14 December (the first due date,
    // Tuesday 8 December 17:00, would have made it late)
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("finishedAt", at(2026, 12, 9, 9, 0))
        .containsEntry("dueAt", at(2026, 12, 14, 17, 0))
        .containsEntry("timeliness", "EARLY");
  }

  @Test
  void fifteenthDayOnASaturdayIsDueOnMonday() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 16, 0)); // Friday
    ResponseEntity<Map<String, Object>> created = driver.receive(RECEPTION, dossier());
    assertThat(created.getBody()).containsEntry("dueAt", at(2026, 12, 14, 17, 0));
  }

  @Test
  void refusedPermitIsReturnedAsRejected() {
    String code = driver.receiveCode(RECEPTION, dossier());
    driver.work(RECEPTION, code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    driver.work(
        "hotich.anbinh",
        code,
        "Task_AppraisalAndSiteInspection",
        Map.of("appraisalResult", "NOT_ELIGIBLE", "appraisalOpinion", "Vượt chiều cao quy hoạch"));
    driver.work(
        "chutich.anbinh",
        code,
        "Task_Approval",
        Map.of("permitDecision", "REJECT", "approvalNote", "Không phù hợp quy hoạch"));
    driver.work(RECEPTION, code, "Task_ResultReturn", Map.of("returnMethod", "POST"));

    assertThat(status(code)).isEqualTo("REJECTED");
  }

  private static Map<String, Object> dossier() {
    return DossierDriver.counterDossier(
        PROCEDURE, AN_BINH, Map.of("constructionAddress", "Thửa 125, tờ bản đồ số 7", "floors", 3));
  }

  private String status(String code) {
    return (String) driver.dossier(RECEPTION, code).get("status");
  }
}
