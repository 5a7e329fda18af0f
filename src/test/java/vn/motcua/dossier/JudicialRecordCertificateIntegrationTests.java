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
 * A judicial record certificate issued by the provincial police: ten working days (Law on Judicial
 * Records 2009, Art. 48), reception, verification against police records, approval, return.
 */
@IntegrationTest
class JudicialRecordCertificateIntegrationTests extends ProcedureWalkthrough {

  private static final String POLICE = "000.00.12.H99";
  private static final String RECEPTION = "tiepnhan.congan";

  @Test
  void certificateIsIssuedWithinTenWorkingDays() {
    ResponseEntity<Map<String, Object>> created =
        driver.receive(
            RECEPTION,
            DossierDriver.counterDossier(
                "judicial-record-certificate",
                POLICE,
                Map.of("certificateType", "FORM_1", "purpose", "Bổ sung hồ sơ xin việc")));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(code).matches("000\\.00\\.12\\.H99-261123-\\d{4,}");
    // ten working days: 24–27 November, 30 November – 4 December, Monday 7 December
    assertThat(created.getBody())
        .containsEntry("status", "RECEIVED")
        .containsEntry("dueAt", at(2026, 12, 7, 9, 0));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Reception", POLICE + ":reception", at(2026, 11, 23, 14, 30));

    later(30);
    driver.work(
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "certificateType", "FORM_1"));
    assertThat(status(code)).isEqualTo("IN_PROGRESS");
    driver.assertOpenStep(
        RECEPTION, code, "Task_RecordVerification", POLICE + ":specialist", at(2026, 12, 2, 9, 30));

    DemoData.setClock(LocalDateTime.of(2026, 12, 2, 9, 0));
    driver.work(
        "chuyenvien.congan",
        code,
        "Task_RecordVerification",
        Map.of(
            "recordCheckResult",
            "NO_CONVICTION",
            "verificationNote",
            "Không có thông tin án tích trong cơ sở dữ liệu lý lịch tư pháp."));
    driver.assertOpenStep(
        RECEPTION, code, "Task_Approval", POLICE + ":leader", at(2026, 12, 4, 9, 0));

    later(60);
    driver.work("lanhdao.congan", code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));
    assertThat(status(code)).isEqualTo("RESULT_READY");
    driver.assertOpenStep(
        RECEPTION, code, "Task_ResultReturn", POLICE + ":reception", at(2026, 12, 2, 15, 30));

    later(60);
    driver.work(
        RECEPTION,
        code,
        "Task_ResultReturn",
        Map.of("returnMethod", "POST", "resultDigitised", true));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_Reception",
            "Task_RecordVerification",
            "Task_Approval",
            "Task_ResultReturn",
            "EndEvent_ResultReturned");
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("openSteps", List.of());
  }

  /**
   * Ten working days, supplementClockRule RESTART: the ten working days count again from the
   * instant the supplement arrives, to the minute; a result returned an hour after the restarted
   * due instant is late.
   */
  @Test
  @SuppressWarnings("unchecked")
  void supplementationDuringVerificationRestartsTheTenWorkingDays() {
    String code = driver.receiveCode(RECEPTION, dossier());
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    // received Monday 23 November 09:00: due Monday 7 December 09:00
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("dueAt", at(2026, 12, 7, 9, 0));
    later(30);
    driver.work(
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "certificateType", "FORM_1"));
    driver.assertOpenStep(
        RECEPTION, code, "Task_RecordVerification", POLICE + ":specialist", at(2026, 12, 2, 9, 30));

    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 13, 30)); // during the verification
    driver.requestSupplementation(
        RECEPTION, code, "Giấy tờ tùy thân hết hạn", "Bản chụp thẻ căn cước còn hạn");

    // one and a half working days later: Monday 13:30–17:00 (210) + Tuesday (480) + Wednesday
    // 07:30–08:00 (30) = 720 working minutes
    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 8, 0));
    driver.supplement(RECEPTION, code, "Đã nộp bản chụp thẻ căn cước");
    // RESTART: 10 × 480 = 4800 working minutes from Wednesday 25 November 08:00: Wednesday
    // 08:00–17:00 (450), then 4350 = 9 × 480 + 30: Thursday 26, Friday 27, 30 November –
    // 4 December, Monday 7, Tuesday 8 December, and 07:30 + 30 on Wednesday 9 December = 08:00
    driver.assertResumed(
        RECEPTION,
        code,
        at(2026, 12, 9, 8, 0),
        at(2026, 11, 23, 13, 30),
        at(2026, 11, 25, 8, 0),
        720);

    DemoData.setClock(LocalDateTime.of(2026, 12, 7, 9, 0));
    driver.work(
        "chuyenvien.congan",
        code,
        "Task_RecordVerification",
        Map.of(
            "recordCheckResult",
            "NO_CONVICTION",
            "verificationNote",
            "Không có thông tin án tích."));
    DemoData.setClock(LocalDateTime.of(2026, 12, 8, 14, 0));
    driver.work("lanhdao.congan", code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));
    DemoData.setClock(LocalDateTime.of(2026, 12, 9, 9, 0));
    driver.work(RECEPTION, code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            "Task_RecordVerification",
            "Task_Approval",
            "Task_ResultReturn",
            "EndEvent_ResultReturned");
    // returned Wednesday 9 December 09:00, an hour after the due instant 08:00
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("status", "RETURNED")
        .containsEntry("finishedAt", at(2026, 12, 9, 9, 0))
        .containsEntry("dueAt", at(2026, 12, 9, 8, 0))
        .containsEntry("timeliness", "LATE");
  }

  /**
   * Law on Judicial Records 2009 Art. 48: 10 working days; 15 working days for an applicant who
   * lived in several places or abroad, a foreigner, or a record to verify (EXTENDED); 24 hours of
   * the clock from the instant of receipt when urgent (URGENT), nights and the weekend included.
   * The desk chooses the case on the intake form; the due date, the appointment on receipt 01 and
   * the dossier's deadline timer follow it.
   */
  @Test
  @SuppressWarnings("unchecked")
  void eachLegalTimeVariantGivesItsOwnDueDate() {
    // received Monday 23 November 09:00: ten working days to Monday 7 December 09:00
    String standard = driver.receiveCode(RECEPTION, dossier());
    assertThat(driver.dossier(RECEPTION, standard)).containsEntry("dueAt", at(2026, 12, 7, 9, 0));

    // fifteen working days: 24–27 November, 30 November – 4 December, 7–11 December, Monday 14
    String extended = driver.receiveCode(RECEPTION, dossier("EXTENDED"));
    assertThat(driver.dossier(RECEPTION, extended)).containsEntry("dueAt", at(2026, 12, 14, 9, 0));
    assertThat(runtime.getVariable(processOf(extended), "legalTimeVariant")).isEqualTo("EXTENDED");
    assertThat(overdueTimer(extended)).isEqualTo(at(2026, 12, 14, 9, 0));

    // urgent, received Friday 27 November 16:00: due Saturday 28 November 16:00 (24 clock hours;
    // 24 working hours would have been Thursday 3 December 16:00)
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 16, 0));
    String urgent = driver.receiveCode(RECEPTION, dossier("URGENT"));
    assertThat(driver.dossier(RECEPTION, urgent)).containsEntry("dueAt", at(2026, 11, 28, 16, 0));
    assertThat(overdueTimer(urgent)).isEqualTo(at(2026, 11, 28, 16, 0));
    assertThat(paper(urgent, "01")).contains("16:00, ngày 28 tháng 11 năm 2026");
    assertThat(paper(extended, "01")).contains("09:00, ngày 14 tháng 12 năm 2026");

    // a case the procedure does not declare is refused, naming the field
    Map<String, Object> unknown = new java.util.HashMap<>(dossier());
    unknown.put(
        "data",
        Map.of(
            "certificateType",
            "FORM_1",
            "purpose",
            "Bổ sung hồ sơ xin việc",
            "legalTimeVariant",
            "SAME_DAY"));
    ResponseEntity<Map<String, Object>> refused = driver.receive(RECEPTION, unknown);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
        .extracting(e -> e.get("field"))
        .containsExactly("data.legalTimeVariant");

    // the catalogue shows the three legal times
    Map<String, Object> legalTime =
        (Map<String, Object>)
            http.getForObject("/api/procedures/judicial-record-certificate", Map.class)
                .get("legalTime");
    assertThat(legalTime).containsEntry("workingDays", 10);
    assertThat((List<Map<String, Object>>) legalTime.get("variants"))
        .extracting(v -> v.get("code"), v -> v.get("amount"), v -> v.get("unit"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EXTENDED", 15, "workingDays"),
            org.assertj.core.groups.Tuple.tuple("URGENT", 24, "clockHours"));
  }

  /**
   * Art. 48(1): 15 working days where the conditions for automatic expungement must be verified,
   * usually known only during the verification: the officer marks it, the legal due date moves from
   * ten to fifteen working days after the reception, the pending deadline timers with it, the
   * history records the switch, and the dossier comes back to the verification step.
   */
  @Test
  void expungementVerificationMovesTheDueDateToFifteenWorkingDays() {
    String code = accepted(dossier());
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("dueAt", at(2026, 12, 7, 9, 0));
    assertThat(overdueTimer(code)).isEqualTo(at(2026, 12, 7, 9, 0));

    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 10, 0));
    verify(code, true);
    // fifteen working days from Monday 23 November 09:00: Monday 14 December 09:00
    Map<String, Object> switched = driver.dossier(RECEPTION, code);
    assertThat(switched).containsEntry("dueAt", at(2026, 12, 14, 9, 0));
    assertThat(overdueTimer(code)).isEqualTo(at(2026, 12, 14, 9, 0));
    assertThat(runtime.getVariable(processOf(code), "legalTimeVariant")).isEqualTo("EXTENDED");
    assertThat(variantSwitches(switched)).hasSize(1);
    assertThat(openStep(code)).isEqualTo("Task_RecordVerification");

    // the verification done, the dossier goes on to the leader, without switching again
    DemoData.setClock(LocalDateTime.of(2026, 12, 9, 9, 0));
    verify(code, true);
    assertThat(openStep(code)).isEqualTo("Task_Approval");
    Map<String, Object> after = driver.dossier(RECEPTION, code);
    assertThat(after).containsEntry("dueAt", at(2026, 12, 14, 9, 0));
    assertThat(variantSwitches(after)).hasSize(1);
  }

  /** Not marked: ten working days stay, and nothing is switched. */
  @Test
  void withoutExpungementVerificationTenWorkingDaysStay() {
    String code = accepted(dossier());
    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 10, 0));
    verify(code, false);
    Map<String, Object> view = driver.dossier(RECEPTION, code);
    assertThat(view).containsEntry("dueAt", at(2026, 12, 7, 9, 0));
    assertThat(overdueTimer(code)).isEqualTo(at(2026, 12, 7, 9, 0));
    assertThat(variantSwitches(view)).isEmpty();
    assertThat(runtime.getVariable(processOf(code), "legalTimeVariant")).isNull();
    assertThat(openStep(code)).isEqualTo("Task_Approval");
  }

  /**
   * An urgent request keeps its 24 hours (Art. 48(2) allows no extension), and a dossier already on
   * fifteen working days keeps them: the finding switches nothing.
   */
  @Test
  void urgentAndExtendedDossiersKeepTheirTime() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 16, 0));
    String urgent = accepted(dossier("URGENT"));
    verify(urgent, true);
    Map<String, Object> view = driver.dossier(RECEPTION, urgent);
    assertThat(view).containsEntry("dueAt", at(2026, 11, 28, 16, 0));
    assertThat(overdueTimer(urgent)).isEqualTo(at(2026, 11, 28, 16, 0));
    assertThat(variantSwitches(view)).isEmpty();
    assertThat(runtime.getVariable(processOf(urgent), "legalTimeVariant")).isEqualTo("URGENT");

    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    String extended = accepted(dossier("EXTENDED"));
    verify(extended, true);
    Map<String, Object> extendedView = driver.dossier(RECEPTION, extended);
    assertThat(extendedView).containsEntry("dueAt", at(2026, 12, 14, 9, 0));
    assertThat(variantSwitches(extendedView)).isEmpty();
    assertThat(openStep(extended)).isEqualTo("Task_Approval");
  }

  /**
   * A late switch: the soon-due rung fired before the finding, so only the overdue timer is
   * pending; it moves to the new due date and fires there. A dossier whose overdue rung fired
   * before the switch stays flagged overdue and late (see LegalTimeSwitch).
   */
  @Test
  void aSwitchAfterTheSoonDueRungStillFiresOverdueAtTheNewDueDate() {
    String code = accepted(dossier());
    var management = engine.getManagementService();
    DemoData.setClock(LocalDateTime.of(2026, 12, 3, 9, 0));
    management.executeJob(dossierTimer(code, "TimerStart_DossierSoonDue").getId());
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("flag", "SOON_DUE");
    assertThat(
            management
                .createJobQuery()
                .processInstanceId(processOf(code))
                .activityId("TimerStart_DossierSoonDue")
                .count())
        .isZero();

    verify(code, true);
    assertThat(overdueTimer(code)).isEqualTo(at(2026, 12, 14, 9, 0));
    DemoData.setClock(LocalDateTime.of(2026, 12, 14, 9, 0));
    management.executeJob(dossierTimer(code, "TimerStart_DossierOverdue").getId());
    assertThat(driver.dossier(RECEPTION, code))
        .containsEntry("flag", "OVERDUE")
        .containsEntry("late", true);

    // overdue already at the ten working days, then switched: it stays overdue and late
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    String late = accepted(dossier());
    DemoData.setClock(LocalDateTime.of(2026, 12, 7, 9, 0));
    management.executeJob(dossierTimer(late, "TimerStart_DossierOverdue").getId());
    DemoData.setClock(LocalDateTime.of(2026, 12, 7, 10, 0));
    verify(late, true);
    assertThat(driver.dossier(RECEPTION, late))
        .containsEntry("dueAt", at(2026, 12, 14, 9, 0))
        .containsEntry("flag", "OVERDUE")
        .containsEntry("late", true);
  }

  private String openStep(String code) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .singleResult()
        .getTaskDefinitionKey();
  }

  private String accepted(Map<String, Object> request) {
    String code = driver.receiveCode(RECEPTION, request);
    later(30);
    driver.work(
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "certificateType", "FORM_1"));
    return code;
  }

  private void verify(String code, boolean expungement) {
    driver.work(
        "chuyenvien.congan",
        code,
        "Task_RecordVerification",
        Map.of(
            "recordCheckResult",
            "HAS_CONVICTION",
            "verificationNote",
            "Có một bản án về tội trộm cắp tài sản, đã chấp hành xong hình phạt.",
            "expungementVerificationNeeded",
            expungement,
            "expungementVerificationNote",
            expungement ? "Đề nghị Tòa án nhân dân khu vực 1 xác nhận." : ""));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> variantSwitches(Map<String, Object> view) {
    return ((List<Map<String, Object>>) view.get("history"))
        .stream().filter(e -> "LEGAL_TIME_VARIANT".equals(e.get("kind"))).toList();
  }

  private org.camunda.bpm.engine.runtime.Job dossierTimer(String code, String activity) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(processOf(code))
        .activityId(activity)
        .singleResult();
  }

  private String processOf(String code) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .singleResult()
        .getId();
  }

  private String overdueTimer(String code) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(processOf(code))
        .activityId("TimerStart_DossierOverdue")
        .singleResult()
        .getDuedate()
        .toInstant()
        .toString();
  }

  private String paper(String code, String form) {
    ResponseEntity<String> html =
        http.withBasicAuth(RECEPTION, DemoData.PASSWORD)
            .getForEntity(
                "/api/dossiers/" + code + "/papers/" + form + "?format=html", String.class);
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
    return html.getBody();
  }

  private static Map<String, Object> dossier(String legalTimeVariant) {
    return DossierDriver.counterDossier(
        "judicial-record-certificate",
        POLICE,
        Map.of(
            "certificateType",
            "FORM_1",
            "purpose",
            "Bổ sung hồ sơ xin việc",
            "legalTimeVariant",
            legalTimeVariant));
  }

  private static Map<String, Object> dossier() {
    return DossierDriver.counterDossier(
        "judicial-record-certificate",
        POLICE,
        Map.of("certificateType", "FORM_1", "purpose", "Bổ sung hồ sơ xin việc"));
  }

  private String status(String code) {
    return (String) driver.dossier(RECEPTION, code).get("status");
  }
}
