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
 * Business household registration at the commune of An Bình (Decree 168/2025): three working days
 * from reception to the certificate (November 2026, Monday to Friday, 07:30–11:30 and 13:00–17:00).
 */
@IntegrationTest
class BusinessHouseholdRegistrationIntegrationTests extends ProcedureWalkthrough {

  private static final String RECEPTION = "tiepnhan.anbinh";

  @Test
  void certificateIsIssuedWithinThreeWorkingDays() {
    ResponseEntity<Map<String, Object>> created =
        driver.receive(
            RECEPTION,
            DossierDriver.counterDossier(
                "business-household-registration",
                AN_BINH,
                Map.of("householdName", "Hộ kinh doanh Tạp hóa An Bình", "capital", 50000000)));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(code).matches("000\\.00\\.01\\.H99-261123-\\d{4,}");
    // three working days: Tue, Wed, Thu
    assertThat(created.getBody())
        .containsEntry("status", "RECEIVED")
        .containsEntry("dueAt", at(2026, 11, 26, 9, 0));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Reception", AN_BINH + ":reception", at(2026, 11, 23, 11, 0));

    later(30);
    driver.work(
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    assertThat(status(code)).isEqualTo("IN_PROGRESS");
    driver.assertOpenStep(
        RECEPTION, code, "Task_Appraisal", AN_BINH + ":specialist", at(2026, 11, 24, 9, 30));

    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 9, 0));
    driver.work(
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of(
            "appraisalResult", "ELIGIBLE", "appraisalOpinion", "Hồ sơ hợp lệ, tên không trùng."));
    driver.assertOpenStep(
        RECEPTION, code, "Task_IssueCertificate", AN_BINH + ":leader", at(2026, 11, 25, 9, 0));

    later(120);
    driver.work("chutich.anbinh", code, "Task_IssueCertificate", Map.of("issueDecision", "ISSUE"));
    assertThat(status(code)).isEqualTo("RESULT_READY");
    driver.assertOpenStep(
        RECEPTION, code, "Task_ResultReturn", AN_BINH + ":reception", at(2026, 11, 24, 14, 30));

    later(60);
    driver.work(
        RECEPTION,
        code,
        "Task_ResultReturn",
        Map.of("returnMethod", "ONLINE", "resultDigitised", true));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_Reception",
            "Task_Appraisal",
            "Task_IssueCertificate",
            "Task_ResultReturn",
            "EndEvent_ResultReturned");
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("openSteps", List.of());
  }

  /**
   * Three working days, supplementClockRule RESTART: the supplement starts the three working days
   * again from the instant it arrives, and the result returned on the new due day, before the due
   * instant, is on time.
   */
  @Test
  @SuppressWarnings("unchecked")
  void supplementationDuringAppraisalRestartsTheThreeWorkingDays() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    // received Monday 23 November 09:00: due Thursday 26 November 09:00
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("dueAt", at(2026, 11, 26, 9, 0));
    later(30);
    driver.work(RECEPTION, code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Appraisal", AN_BINH + ":specialist", at(2026, 11, 24, 9, 30));

    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 14, 0)); // during the appraisal
    driver.requestSupplementation(
        RECEPTION,
        code,
        "Thiếu giấy tờ về địa điểm kinh doanh",
        "Hợp đồng thuê địa điểm kinh doanh");

    // one and a half working days later: Monday 14:00–17:00 (180) + Tuesday (480) + Wednesday
    // 07:30–08:30 (60) = 720 working minutes
    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 8, 30));
    driver.supplement(RECEPTION, code, "Đã nộp hợp đồng thuê");
    // RESTART: 3 × 480 = 1440 working minutes from Wednesday 25 November 08:30: Wednesday
    // 08:30–11:30 (180) + 13:00–17:00 (240), Thursday (480), Friday (480) = 1380, 60 left on
    // Monday 30 November: 07:30 + 60 = Monday 30 November 08:30
    driver.assertResumed(
        RECEPTION,
        code,
        at(2026, 11, 30, 8, 30),
        at(2026, 11, 23, 14, 0),
        at(2026, 11, 25, 8, 30),
        720);

    DemoData.setClock(LocalDateTime.of(2026, 11, 26, 9, 0));
    driver.work(
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Hồ sơ đã đủ, tên không trùng."));
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 10, 0));
    driver.work("chutich.anbinh", code, "Task_IssueCertificate", Map.of("issueDecision", "ISSUE"));
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 8, 0));
    driver.work(RECEPTION, code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_Appraisal",
            "Task_IssueCertificate",
            "Task_ResultReturn",
            "EndEvent_ResultReturned");
    // returned Monday 30 November 08:00: on the due day, half an hour before the due instant
    // (the first due date, Thursday 26 November 09:00, would have made it late)
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("finishedAt", at(2026, 11, 30, 8, 0))
        .containsEntry("dueAt", at(2026, 11, 30, 8, 30))
        .containsEntry("timeliness", "ON_TIME");
  }

  private static Map<String, Object> dossier() {
    return DossierDriver.counterDossier(
        "business-household-registration",
        AN_BINH,
        Map.of("householdName", "Hộ kinh doanh Tạp hóa An Bình", "capital", 50000000));
  }

  private String status(String code) {
    return (String) driver.dossier(RECEPTION, code).get("status");
  }
}
