package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.dossier.DossierDriver.at;
import static vn.motcua.dossier.DossierDriver.later;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * The first land-use right certificate for a household as the law stands after Decree 151/2025: the
 * commune People's Committee where the land lies resolves it (20 working days: 17 registration + 3
 * issuing), confirms the land's situation and posts it publicly for 15 calendar days (its own BPMN
 * timer; the legal clock stands still meanwhile), the land registration office checks eligibility
 * and sends the cadastral information to the tax office (clock stopped from the tax step to the
 * applicant's payment), and the commune chairman signs. The dossiers start on Monday 5 October
 * 2026, 09:00; office hours 07:30–11:30 and 13:00–17:00 (480 working minutes a day), no holiday
 * between October and November 2026.
 */
@IntegrationTest
class LandUseCertificateFirstIntegrationTests extends ProcedureWalkthrough {

  private static final String LAND_OFFICE = "000.00.10.H99";
  private static final String TAX_OFFICE = "000.00.11.H99";
  private static final String RECEPTION = "tiepnhan.anbinh";
  private static final String COMMUNE_OFFICER = "hotich.anbinh";
  private static final String CHAIRMAN = "chutich.anbinh";
  private static final String LAND_SPECIALIST = "chuyenvien.datdai";
  private static final String TAX_SPECIALIST = "chuyenvien.thue";
  private static final String POSTING =
      "Niêm yết công khai tại UBND cấp xã và khu dân cư nơi có đất (15 ngày)";
  private static final String TAX = "Chờ cơ quan thuế xác định nghĩa vụ tài chính";
  private static final String POSTING_TIMER = "Timer_PostingEnds";

  @Autowired ManagementService management;

  @BeforeEach
  void mondayFiveOctober() {
    DemoData.setClock(LocalDateTime.of(2026, 10, 5, 9, 0));
  }

  @Test
  @SuppressWarnings("unchecked")
  void postingAndTheTaxOfficeStandOutsideTheLegalTimeAndTheChairmanSigns() {
    ResponseEntity<Map<String, Object>> created = driver.receive(RECEPTION, dossier());
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    ProcessInstance instance = instance(code);
    assertThat(code).matches("000\\.00\\.01\\.H99-261005-\\d{4,}");
    // twenty working days: four weeks from Monday 5 October 09:00
    assertThat(created.getBody())
        .containsEntry("status", "RECEIVED")
        .containsEntry("dueAt", at(2026, 11, 2, 9, 0));
    // PT4H: 09:00–11:30 (150) + 13:00–14:30 (90)
    driver.assertOpenStep(
        RECEPTION, code, "Task_Reception", AN_BINH + ":reception", at(2026, 10, 5, 14, 30));

    later(30); // the desk accepts and transfers to the commune where the land lies
    driver.work(
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("receivingAgency", AN_BINH)
        .containsEntry("resolvingAgency", AN_BINH);
    driver.assertOpenStep(
        RECEPTION,
        code,
        "Task_CommuneConfirmation",
        AN_BINH + ":specialist",
        at(2026, 10, 9, 9, 30));

    // Tuesday 6 October 10:00: confirmed; the posting starts and the legal clock stops
    DemoData.setClock(LocalDateTime.of(2026, 10, 6, 10, 0));
    driver.work(COMMUNE_OFFICER, code, "Task_CommuneConfirmation", confirmation());
    Map<String, Object> posting = driver.dossier(RECEPTION, code);
    assertThat(posting)
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("paused", true)
        .containsEntry("openSteps", List.of())
        .containsEntry("dueAt", at(2026, 11, 2, 9, 0));
    assertThat((List<Map<String, Object>>) posting.get("pauses"))
        .singleElement()
        .satisfies(
            pause ->
                assertThat(pause)
                    .containsEntry("pausedAt", at(2026, 10, 6, 10, 0))
                    .containsEntry("reasonCode", "PUBLIC_POSTING")
                    .containsEntry("reason", POSTING)
                    .containsEntry("pausedBy", COMMUNE_OFFICER)
                    .doesNotContainKeys("resumedAt", "shiftWorkingMinutes"));
    // fifteen calendar days, weekends included: Wednesday 21 October 10:00
    Job timer = postingTimer(instance);
    assertThat(timer.getDuedate().toInstant().toString()).isEqualTo(at(2026, 10, 21, 10, 0));

    // a minute before the end of the posting nothing is due; at its end the timer fires
    DemoData.setClock(LocalDateTime.of(2026, 10, 21, 9, 59));
    assertThat(dueTimers(instance)).isEmpty();
    DemoData.setClock(LocalDateTime.of(2026, 10, 21, 10, 0));
    assertThat(dueTimers(instance)).extracting(Job::getId).containsExactly(timer.getId());
    management.executeJob(timer.getId());

    // the clock stood still Tuesday 6 October 10:00 – Wednesday 21 October 10:00: eleven working
    // days (7–9, 12–16, 19–21 October) = 5280 working minutes; Monday 2 November 09:00 + 11
    // working days (3–6, 9–13, 16, 17 November) = Tuesday 17 November 09:00
    driver.assertResumed(
        RECEPTION,
        code,
        at(2026, 11, 17, 9, 0),
        at(2026, 10, 6, 10, 0),
        at(2026, 10, 21, 10, 0),
        5280);
    // P10D from Wednesday 21 October 10:00: 22, 23, 26–30 October, 2–4 November
    driver.assertOpenStep(
        RECEPTION, code, "Task_Eligibility", LAND_OFFICE + ":specialist", at(2026, 11, 4, 10, 0));

    // Thursday 22 October 10:00: eligible; the cadastral information goes to the tax office and
    // the clock stops again
    DemoData.setClock(LocalDateTime.of(2026, 10, 22, 10, 0));
    driver.work(
        LAND_SPECIALIST,
        code,
        "Task_Eligibility",
        Map.of(
            "eligibilityResult",
            "ELIGIBLE",
            "noPostingObjection",
            true,
            "cadastralMapChecked",
            true,
            "cadastralTransferNumber",
            "PCTT-2026-0456",
            "eligibilityOpinion",
            "Đất sử dụng ổn định từ năm 1995, không tranh chấp, niêm yết không có ý kiến."));
    // P5D of the tax office from Thursday 22 October 10:00: 23, 26–29 October
    driver.assertOpenStep(
        RECEPTION, code, "Task_TaxAssessment", TAX_OFFICE + ":specialist", at(2026, 10, 29, 10, 0));
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("paused", true)
        .containsEntry("dueAt", at(2026, 11, 17, 9, 0));
    // the tax office reads the dossier while its specialists hold the step, not its other staff
    assertThat(driver.readStatus(TAX_SPECIALIST, code)).isEqualTo(HttpStatus.OK);
    assertThat(driver.readStatus("lanhdao.thue", code)).isEqualTo(HttpStatus.FORBIDDEN);

    DemoData.setClock(LocalDateTime.of(2026, 10, 28, 10, 0));
    driver.work(
        TAX_SPECIALIST,
        code,
        "Task_TaxAssessment",
        Map.of(
            "financialObligation",
            "PAYABLE",
            "taxNoticeNumber",
            "TB-2026-000123",
            "taxNote",
            "Tiền sử dụng đất và lệ phí trước bạ"));
    // P5D from Wednesday 28 October 10:00: 29, 30 October, 2–4 November
    driver.assertOpenStep(
        RECEPTION, code, "Task_ApplicantPayment", AN_BINH + ":reception", at(2026, 11, 4, 10, 0));

    // Wednesday 4 November 10:00, after the first appointment date (2 November): the applicant
    // has paid and the clock runs again
    DemoData.setClock(LocalDateTime.of(2026, 11, 4, 10, 0));
    driver.work(
        RECEPTION,
        code,
        "Task_ApplicantPayment",
        Map.of("paymentStatus", "PAID", "paymentReceipt", "KB-0098765"));
    // stopped Thursday 22 October 10:00 – Wednesday 4 November 10:00: nine working days (23,
    // 26–30 October, 2–4 November) = 4320 working minutes; Tuesday 17 November 09:00 + 9 working
    // days (18–20, 23–27, 30 November) = Monday 30 November 09:00
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("paused", false)
        .containsEntry("dueAt", at(2026, 11, 30, 9, 0));
    // P2D from Wednesday 4 November 10:00
    driver.assertOpenStep(
        RECEPTION, code, "Task_IssueCertificate", AN_BINH + ":leader", at(2026, 11, 6, 10, 0));

    DemoData.setClock(LocalDateTime.of(2026, 11, 5, 10, 0));
    driver.work(CHAIRMAN, code, "Task_IssueCertificate", Map.of("issueDecision", "ISSUE"));
    assertThat(status(code)).isEqualTo("RESULT_READY");
    driver.assertOpenStep(
        RECEPTION, code, "Task_ResultReturn", AN_BINH + ":reception", at(2026, 11, 6, 10, 0));

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
            "Task_CommuneConfirmation",
            "SubProcess_PublicPosting",
            "Task_Eligibility",
            "Task_TaxAssessment",
            "Task_ApplicantPayment",
            "Task_IssueCertificate",
            "Task_ResultReturn",
            "EndEvent_ResultReturned");
    assertThat(instance).hasPassed(POSTING_TIMER);
    // counted: Monday 5 October 09:00 – Tuesday 6 October 10:00 (540), Wednesday 21 – Thursday
    // 22 October 10:00 (480), Wednesday 4 November 10:00 – Thursday 5 November 11:00 (540) = 1560
    // working minutes of the 9600; returned Thursday 5 November, three days after the first
    // appointment date but before the one the excluded time moved to (Monday 30 November)
    Map<String, Object> returned = driver.dossier(RECEPTION, code);
    assertThat(returned)
        .containsEntry("status", "RETURNED")
        .containsEntry("paused", false)
        .containsEntry("openSteps", List.of())
        .containsEntry("finishedAt", at(2026, 11, 5, 11, 0))
        .containsEntry("dueAt", at(2026, 11, 30, 9, 0))
        .containsEntry("timeliness", "EARLY")
        .containsEntry("late", false)
        .containsEntry("pausedWorkingMinutes", 9600);
    assertThat((List<Map<String, Object>>) returned.get("pauses"))
        .satisfiesExactly(
            postingPause ->
                assertThat(postingPause)
                    .containsEntry("reasonCode", "PUBLIC_POSTING")
                    .containsEntry("pausedAt", at(2026, 10, 6, 10, 0))
                    .containsEntry("resumedAt", at(2026, 10, 21, 10, 0))
                    .containsEntry("pausedBy", COMMUNE_OFFICER)
                    .containsEntry("resumedBy", "system")
                    .containsEntry("shiftWorkingMinutes", 5280),
            taxPause ->
                assertThat(taxPause)
                    .containsEntry("reasonCode", "TAX_ASSESSMENT")
                    .containsEntry("reason", TAX)
                    .containsEntry("pausedAt", at(2026, 10, 22, 10, 0))
                    .containsEntry("resumedAt", at(2026, 11, 4, 10, 0))
                    .containsEntry("pausedBy", LAND_SPECIALIST)
                    .containsEntry("resumedBy", RECEPTION)
                    .containsEntry("shiftWorkingMinutes", 4320));
    assertThat((List<Map<String, Object>>) returned.get("pausedByReason"))
        .extracting(p -> p.get("reasonCode"), p -> p.get("workingMinutes"), p -> p.get("stops"))
        .containsExactlyInAnyOrder(
            tuple("PUBLIC_POSTING", 5280, 1), tuple("TAX_ASSESSMENT", 4320, 1));
  }

  /**
   * Twenty working days, supplementClockRule RESTART: a supplement during the commune's
   * confirmation starts the twenty working days again; the posting then moves that restarted due
   * date by the working time it took; land found ineligible skips the tax office and is returned as
   * rejected, signed by the chairman.
   */
  @Test
  @SuppressWarnings("unchecked")
  void supplementationRestartsThePostingPausesAndIneligibleLandIsRejected() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance = instance(code);
    later(30);
    driver.work(RECEPTION, code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    later(30); // Monday 10:00, during the commune's confirmation
    String reason = "Thiếu mảnh trích đo bản đồ địa chính";
    driver.requestSupplementation(
        RECEPTION, code, reason, "Mảnh trích đo bản đồ địa chính thửa đất");
    // Monday 10:00–11:30 (90) + 13:00–17:00 (240) + Tuesday 07:30–11:30 (240) + 13:00–15:30 (150)
    DemoData.setClock(LocalDateTime.of(2026, 10, 6, 15, 30));
    driver.supplement(RECEPTION, code, "Đã nộp mảnh trích đo");
    // RESTART: the twentieth working day after Tuesday 6 October 15:30 (7–9, 12–16, 19–23,
    // 26–30 October, 2, 3 November) = Tuesday 3 November 15:30
    driver.assertResumed(
        RECEPTION,
        code,
        at(2026, 11, 3, 15, 30),
        at(2026, 10, 5, 10, 0),
        at(2026, 10, 6, 15, 30),
        720);

    DemoData.setClock(LocalDateTime.of(2026, 10, 7, 10, 0));
    driver.work(COMMUNE_OFFICER, code, "Task_CommuneConfirmation", confirmation());
    Job timer = postingTimer(instance);
    assertThat(timer.getDuedate().toInstant().toString()).isEqualTo(at(2026, 10, 22, 10, 0));
    DemoData.setClock(LocalDateTime.of(2026, 10, 22, 10, 0));
    assertThat(dueTimers(instance)).extracting(Job::getId).containsExactly(timer.getId());
    management.executeJob(timer.getId());
    // posted Wednesday 7 – Thursday 22 October 10:00: eleven working days (8, 9, 12–16, 19–22
    // October) = 5280; Tuesday 3 November 15:30 + 11 working days (4–6, 9–13, 16–18 November)
    Map<String, Object> afterPosting = driver.dossier(RECEPTION, code);
    assertThat(afterPosting)
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("paused", false)
        .containsEntry("dueAt", at(2026, 11, 18, 15, 30));
    assertThat((List<Map<String, Object>>) afterPosting.get("pauses"))
        .satisfiesExactly(
            supplementation ->
                assertThat(supplementation)
                    .containsEntry("reasonCode", "SUPPLEMENTATION")
                    .containsEntry("reason", "Yêu cầu bổ sung: " + reason)
                    .containsEntry("shiftWorkingMinutes", 720),
            posting ->
                assertThat(posting)
                    .containsEntry("reasonCode", "PUBLIC_POSTING")
                    .containsEntry("pausedAt", at(2026, 10, 7, 10, 0))
                    .containsEntry("resumedAt", at(2026, 10, 22, 10, 0))
                    .containsEntry("shiftWorkingMinutes", 5280));

    later(60);
    driver.work(
        LAND_SPECIALIST,
        code,
        "Task_Eligibility",
        Map.of(
            "eligibilityResult",
            "NOT_ELIGIBLE",
            "eligibilityOpinion",
            "Có ý kiến phản ánh tranh chấp trong thời gian niêm yết"));
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("paused", false);
    driver.work(
        CHAIRMAN,
        code,
        "Task_IssueCertificate",
        Map.of("issueDecision", "REJECT", "approvalNote", "Đất đang có tranh chấp"));
    driver.work(RECEPTION, code, "Task_ResultReturn", Map.of("returnMethod", "POST"));

    assertThat(instance)
        .isEnded()
        .hasPassed("SubProcess_PublicPosting")
        .hasNotPassed("Task_TaxAssessment", "Task_ApplicantPayment");
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "REJECTED")
        .containsEntry("dueAt", at(2026, 11, 18, 15, 30))
        .containsEntry("timeliness", "EARLY");
  }

  /** The Mẫu 15 application as the desk enters it. */
  static Map<String, Object> dossier() {
    return DossierDriver.counterDossier(
        "land-use-certificate-first",
        AN_BINH,
        Map.ofEntries(
            Map.entry("landUserName", "Nguyễn Văn An"),
            Map.entry("landUserBirthYear", 1970),
            Map.entry("landUserIdNumber", "001090012345"),
            Map.entry("landUserAddress", "Thôn Đông, xã An Bình"),
            Map.entry("parcelNumber", "88"),
            Map.entry("mapSheet", "12"),
            Map.entry("landAddress", "Thôn Đông, xã An Bình"),
            Map.entry("landArea", 250),
            Map.entry("privateArea", 250),
            Map.entry("landUsePurpose", "ONT"),
            Map.entry("landUseTerm", "LONG_TERM"),
            Map.entry("landOrigin", "Ông bà để lại, sử dụng ổn định từ năm 1995"),
            Map.entry("usedSince", "1995-06-01"),
            Map.entry("assetType", "HOUSE"),
            Map.entry("assetFloorArea", 120)));
  }

  static Map<String, Object> confirmation() {
    return Map.of(
        "currentUse",
        "Đất ở, có nhà cấp 4, sử dụng ổn định",
        "originConfirmed",
        "Ông bà để lại, sử dụng từ năm 1995",
        "disputeStatus",
        "NONE",
        "planningConformity",
        "CONFORMING",
        "postingPlace",
        "Trụ sở UBND xã An Bình và nhà văn hóa thôn Đông");
  }

  private ProcessInstance instance(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
  }

  private Job postingTimer(ProcessInstance instance) {
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(POSTING_TIMER)
        .singleResult();
  }

  /** The timers of the dossier the engine clock has made due, as the job executor would see. */
  private List<Job> dueTimers(ProcessInstance instance) {
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .executable()
        .active()
        .list();
  }

  private String status(String code) {
    return (String) driver.dossier(RECEPTION, code).get("status");
  }
}
