package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.dossier.DossierDriver.at;
import static vn.motcua.dossier.DossierDriver.later;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * Business household registration at the commune of An Bình (Decree 168/2025): three working days
 * from reception to the certificate (November 2026, Monday to Friday, 07:30–11:30 and 13:00–17:00).
 */
@IntegrationTest
class BusinessHouseholdRegistrationIntegrationTests {

  private static final String RECEPTION = "tiepnhan.anbinh";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;

  DossierDriver driver;

  @BeforeEach
  void mondayMorning() {
    BpmnAwareTests.init(engine);
    driver = new DossierDriver(http, tasks, forms, identity);
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  }

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

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

  private String status(String code) {
    return (String) driver.dossier(RECEPTION, code).get("status");
  }
}
