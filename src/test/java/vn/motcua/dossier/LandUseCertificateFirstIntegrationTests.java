package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
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
 * The first land-use right certificate for a household at the provincial land registration office,
 * inter-agency with the tax office: twenty working days (Decree 151/2025), the tax authority's
 * determination of obligations and the applicant's payment excluded: the legal clock stands still
 * from the start of the tax step to the end of the payment step.
 */
@IntegrationTest
class LandUseCertificateFirstIntegrationTests extends ProcedureWalkthrough {

  private static final String LAND_OFFICE = "000.00.10.H99";
  private static final String TAX_OFFICE = "000.00.11.H99";
  private static final String RECEPTION = "tiepnhan.datdai";
  private static final String SPECIALIST = "chuyenvien.datdai";
  private static final String PAUSE_REASON = "Chờ cơ quan thuế xác định nghĩa vụ tài chính";

  @Test
  @SuppressWarnings("unchecked")
  void taxStepAndPaymentStopTheLegalClockAndTheCertificateIsIssued() {
    ResponseEntity<Map<String, Object>> created = driver.receive(RECEPTION, dossier());
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(code).matches("000\\.00\\.10\\.H99-261123-\\d{4,}");
    // twenty working days: four weeks from Monday 23 November
    assertThat(created.getBody())
        .containsEntry("status", "RECEIVED")
        .containsEntry("dueAt", at(2026, 12, 21, 9, 0));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Reception", LAND_OFFICE + ":reception", at(2026, 11, 23, 14, 30));

    later(30);
    driver.work(
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    assertThat(status(code)).isEqualTo("IN_PROGRESS");
    driver.assertOpenStep(
        RECEPTION, code, "Task_Appraisal", LAND_OFFICE + ":specialist", at(2026, 12, 15, 9, 30));

    later(30); // Monday 10:00: the dossier goes to the tax office, the legal clock stops
    driver.work(
        SPECIALIST,
        code,
        "Task_Appraisal",
        Map.of(
            "appraisalResult",
            "ELIGIBLE",
            "siteChecked",
            true,
            "appraisalOpinion",
            "Đất sử dụng ổn định từ năm 1995, không tranh chấp; đủ điều kiện cấp."));
    driver.assertOpenStep(
        RECEPTION, code, "Task_TaxAssessment", TAX_OFFICE + ":specialist", at(2026, 11, 30, 10, 0));
    Map<String, Object> paused = driver.dossier(RECEPTION, code);
    assertThat(paused)
        .containsEntry("paused", true)
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("dueAt", at(2026, 12, 21, 9, 0));
    assertThat((List<Map<String, Object>>) paused.get("pauses"))
        .singleElement()
        .satisfies(
            pause ->
                assertThat(pause)
                    .containsEntry("pausedAt", at(2026, 11, 23, 10, 0))
                    .containsEntry("reason", PAUSE_REASON)
                    .containsEntry("pausedBy", SPECIALIST)
                    .doesNotContainKeys("resumedAt", "shiftWorkingMinutes"));

    // the tax office reads the dossier while its specialists hold the step, not its other staff
    assertThat(driver.readStatus("chuyenvien.thue", code)).isEqualTo(HttpStatus.OK);
    assertThat(driver.readStatus("lanhdao.thue", code)).isEqualTo(HttpStatus.FORBIDDEN);

    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 10, 0));
    driver.work(
        "chuyenvien.thue",
        code,
        "Task_TaxAssessment",
        Map.of(
            "financialObligation",
            "PAYABLE",
            "taxNoticeNumber",
            "TB-2026-000123",
            "taxNote",
            "Tiền sử dụng đất và lệ phí trước bạ"));
    assertThat(driver.readStatus("chuyenvien.thue", code)).isEqualTo(HttpStatus.FORBIDDEN);
    driver.assertOpenStep(
        RECEPTION,
        code,
        "Task_ApplicantPayment",
        LAND_OFFICE + ":reception",
        at(2026, 12, 1, 10, 0));
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("paused", true);

    // two working days after the clock stopped, the applicant has paid
    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 10, 0));
    driver.work(
        RECEPTION,
        code,
        "Task_ApplicantPayment",
        Map.of("paymentStatus", "PAID", "paymentReceipt", "KB-0098765"));
    Map<String, Object> resumed = driver.dossier(RECEPTION, code);
    assertThat(resumed)
        .containsEntry("paused", false)
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("dueAt", at(2026, 12, 23, 9, 0));
    assertThat((List<Map<String, Object>>) resumed.get("pauses"))
        .singleElement()
        .satisfies(
            pause ->
                assertThat(pause)
                    .containsEntry("pausedAt", at(2026, 11, 23, 10, 0))
                    .containsEntry("resumedAt", at(2026, 11, 25, 10, 0))
                    .containsEntry("resumedBy", RECEPTION)
                    .containsEntry("shiftWorkingMinutes", 960));
    driver.assertOpenStep(
        RECEPTION, code, "Task_IssueCertificate", LAND_OFFICE + ":leader", at(2026, 11, 27, 10, 0));

    later(60);
    driver.work("lanhdao.datdai", code, "Task_IssueCertificate", Map.of("issueDecision", "ISSUE"));
    assertThat(status(code)).isEqualTo("RESULT_READY");
    driver.assertOpenStep(
        RECEPTION, code, "Task_ResultReturn", LAND_OFFICE + ":reception", at(2026, 11, 26, 11, 0));

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
            "Task_Appraisal",
            "Task_TaxAssessment",
            "Task_ApplicantPayment",
            "Task_IssueCertificate",
            "Task_ResultReturn",
            "EndEvent_ResultReturned");
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("paused", false)
        .containsEntry("openSteps", List.of());
  }

  /**
   * Twenty working days, supplementClockRule RESTART: a supplement during the land office's
   * appraisal starts the twenty working days again; the later tax step and payment then move that
   * restarted due date by the working time they took. The two stops do not overlap.
   */
  @Test
  @SuppressWarnings("unchecked")
  void supplementationDuringAppraisalRestartsTheClockBeforeTheTaxStepPausesIt() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    // received Monday 23 November 09:00: due Monday 21 December 09:00
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("dueAt", at(2026, 12, 21, 9, 0));
    later(30);
    driver.work(RECEPTION, code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Appraisal", LAND_OFFICE + ":specialist", at(2026, 12, 15, 9, 30));

    later(30); // Monday 10:00, during the land office's appraisal
    String reason = "Thiếu mảnh trích đo bản đồ địa chính";
    driver.requestSupplementation(
        RECEPTION, code, reason, "Mảnh trích đo bản đồ địa chính thửa đất");

    // one and a half working days later: Monday 10:00–11:30 (90) + 13:00–17:00 (240) + Tuesday
    // 07:30–11:30 (240) + 13:00–15:30 (150) = 720 working minutes
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 15, 30));
    driver.supplement(RECEPTION, code, "Đã nộp mảnh trích đo");
    // RESTART: 20 × 480 = 9600 working minutes from Tuesday 24 November 15:30, i.e. 15:30 on the
    // twentieth working day after it: 25, 26, 27 November, 30 November – 4 December, 7–11,
    // 14–18, 21, 22 December = Tuesday 22 December 15:30
    Map<String, Object> resumed = driver.dossier(RECEPTION, code);
    assertThat(resumed)
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("paused", false)
        .containsEntry("dueAt", at(2026, 12, 22, 15, 30));

    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 10, 0)); // to the tax office: clock stops
    driver.work(
        SPECIALIST,
        code,
        "Task_Appraisal",
        Map.of(
            "appraisalResult",
            "ELIGIBLE",
            "siteChecked",
            true,
            "appraisalOpinion",
            "Đất sử dụng ổn định, không tranh chấp; đủ điều kiện cấp."));
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("paused", true)
        .containsEntry("dueAt", at(2026, 12, 22, 15, 30));
    DemoData.setClock(LocalDateTime.of(2026, 11, 26, 10, 0));
    driver.work(
        "chuyenvien.thue",
        code,
        "Task_TaxAssessment",
        Map.of(
            "financialObligation",
            "PAYABLE",
            "taxNoticeNumber",
            "TB-2026-000456",
            "taxNote",
            "Tiền sử dụng đất và lệ phí trước bạ"));
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 10, 0));
    driver.work(
        RECEPTION,
        code,
        "Task_ApplicantPayment",
        Map.of("paymentStatus", "PAID", "paymentReceipt", "KB-0098766"));
    // the tax step and payment stopped the clock Wednesday 10:00 – Friday 10:00: Wednesday
    // 10:00–11:30 (90) + 13:00–17:00 (240) + Thursday (480) + Friday 07:30–10:00 (150) = 960
    // working minutes; Tuesday 22 December 15:30 + 960 = Thursday 24 December 15:30
    Map<String, Object> afterTax = driver.dossier(RECEPTION, code);
    assertThat(afterTax)
        .containsEntry("paused", false)
        .containsEntry("dueAt", at(2026, 12, 24, 15, 30));
    assertThat((List<Map<String, Object>>) afterTax.get("pauses"))
        .satisfiesExactly(
            supplementation ->
                assertThat(supplementation)
                    .containsEntry("pausedAt", at(2026, 11, 23, 10, 0))
                    .containsEntry("resumedAt", at(2026, 11, 24, 15, 30))
                    .containsEntry("reason", "Yêu cầu bổ sung: " + reason)
                    .containsEntry("pausedBy", RECEPTION)
                    .containsEntry("shiftWorkingMinutes", 720),
            tax ->
                assertThat(tax)
                    .containsEntry("pausedAt", at(2026, 11, 25, 10, 0))
                    .containsEntry("resumedAt", at(2026, 11, 27, 10, 0))
                    .containsEntry("reason", PAUSE_REASON)
                    .containsEntry("shiftWorkingMinutes", 960));

    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 9, 0));
    driver.work("lanhdao.datdai", code, "Task_IssueCertificate", Map.of("issueDecision", "ISSUE"));
    later(60);
    driver.work(RECEPTION, code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_Appraisal",
            "Task_TaxAssessment",
            "Task_ApplicantPayment",
            "Task_IssueCertificate",
            "Task_ResultReturn",
            "EndEvent_ResultReturned");
    // returned Monday 30 November 10:00, well before the due day Thursday 24 December
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("finishedAt", at(2026, 11, 30, 10, 0))
        .containsEntry("dueAt", at(2026, 12, 24, 15, 30))
        .containsEntry("timeliness", "EARLY");
  }

  @Test
  void ineligibleLandSkipsTheTaxOfficeAndIsReturnedAsRejected() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    driver.work(RECEPTION, code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    driver.work(
        SPECIALIST,
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "NOT_ELIGIBLE", "appraisalOpinion", "Đất đang có tranh chấp"));
    driver.assertOpenStep(
        RECEPTION, code, "Task_IssueCertificate", LAND_OFFICE + ":leader", at(2026, 11, 25, 9, 0));
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("paused", false);
    driver.work(
        "lanhdao.datdai",
        code,
        "Task_IssueCertificate",
        Map.of("issueDecision", "REJECT", "approvalNote", "Đất đang có tranh chấp"));
    driver.work(RECEPTION, code, "Task_ResultReturn", Map.of("returnMethod", "POST"));

    assertThat(instance).isEnded().hasNotPassed("Task_TaxAssessment", "Task_ApplicantPayment");
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "REJECTED")
        .containsEntry("pauses", List.of());
  }

  private static Map<String, Object> dossier() {
    return DossierDriver.counterDossier(
        "land-use-certificate-first",
        LAND_OFFICE,
        Map.of("landAddress", "Thửa 88, tờ bản đồ số 12, xã An Bình", "landArea", 250));
  }

  private String status(String code) {
    return (String) driver.dossier(RECEPTION, code).get("status");
  }
}
