package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.ModelerDeployments;

/**
 * An administrator deploying from Camunda Modeler through {@code /engine-rest/deployment/create}: a
 * procedure with missing or inconsistent metadata is refused with a readable message; a valid new
 * version is taken, and dossiers already received stay on the version they started with.
 */
@IntegrationTest
class ProcedureValidationIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String DEPLOYMENT = "modeler-test";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  @AfterEach
  void removeTestDeployments() {
    repository
        .createDeploymentQuery()
        .deploymentName(DEPLOYMENT)
        .list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void missingPropertyIsRefusedWithAMessageNamingIt() throws IOException {
    String bpmn =
        birthRegistration()
            .replaceFirst("<camunda:property name=\"procedureCode\" value=\"1.001193\" />", "");
    ResponseEntity<Map<String, Object>> response = deploy("admin", bpmn);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message"))
        .contains("birth-registration", "thiếu thuộc tính bắt buộc 'procedureCode'");
  }

  @Test
  void malformedPauseReasonsAreRefusedNamingEachProblem() throws IOException {
    String bpmn =
        birthRegistration()
            .replace(
                "<camunda:property name=\"supplementClockRule\"",
                "<camunda:property name=\"pauseReason.BUSY\" value=\"Bận\" />"
                    + "<camunda:property name=\"pauseReason.lower\" value=\"a | b | specialist\" />"
                    + "<camunda:property name=\"pauseReason.BY_INSPECTOR\""
                    + " value=\"Thanh tra | Luật Thanh tra | supervisor\" />"
                    + "<camunda:property name=\"pauseReason.LONG\""
                    + " value=\"Xác minh | Luật X | specialist | 0\" />"
                    + "<camunda:property name=\"pauseReason.SUPPLEMENTATION\""
                    + " value=\"Bổ sung | Luật X | specialist\" />"
                    + "<camunda:property name=\"supplementationMaxRequests\" value=\"3\" />"
                    + "<camunda:property name=\"supplementClockRule\"");
    ResponseEntity<Map<String, Object>> response = deploy("admin", bpmn);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message"))
        .contains(
            "'pauseReason.BUSY' phải có dạng",
            "mã lý do 'lower'",
            "'pauseReason.BY_INSPECTOR': vai trò",
            "'pauseReason.LONG': số ngày làm việc tối đa",
            "SUPPLEMENTATION dành cho yêu cầu bổ sung",
            "cần 'supplementationLegalBasis'");
    assertThat(repository.createDeploymentQuery().deploymentName(DEPLOYMENT).count()).isZero();
  }

  @Test
  void aStepStoppingTheClockForAnUndeclaredReasonIsRefused() throws IOException {
    String bpmn =
        Files.readString(Path.of("processes", "land-use-certificate-first.bpmn"))
            .replaceFirst("<camunda:property name=\"pauseReason.TAX_ASSESSMENT\"[^>]*/>", "");
    ResponseEntity<Map<String, Object>> response = deploy("admin", bpmn);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message"))
        .contains(
            "pauseClock(execution, 'Chờ cơ quan thuế xác định nghĩa vụ tài chính')",
            "the clock stops only for a declared reason");
    assertThat(repository.createDeploymentQuery().deploymentName(DEPLOYMENT).count()).isZero();
  }

  /**
   * {@code legalTimeVariant.<CODE>} = {@code label | duration | legal basis}: a malformed one, a
   * variant the process applies without declaring it, and a start form offering an undeclared one
   * are each refused with a Vietnamese sentence naming it.
   */
  @Test
  void malformedOrUndeclaredLegalTimeVariantsAreRefusedNamingEachProblem() throws IOException {
    String judicial =
        Files.readString(Path.of("processes", "judicial-record-certificate.bpmn"))
            .replaceFirst(
                "<camunda:property name=\"legalTimeVariant.URGENT\"[^>]*/>",
                "<camunda:property name=\"legalTimeVariant.lower\" value=\"a | 1 workingDays | b\" />"
                    + "<camunda:property name=\"legalTimeVariant.HOURS\""
                    + " value=\"Khẩn cấp | 24 hours | Luật Lý lịch tư pháp 2009, Điều 48\" />"
                    + "<camunda:property name=\"legalTimeVariant.ZERO\""
                    + " value=\"Không | 0 workingDays | Luật X\" />"
                    + "<camunda:property name=\"legalTimeVariant.SHORT\" value=\"Thiếu\" />");
    ResponseEntity<Map<String, Object>> response =
        deploy(
            "admin",
            judicial,
            Map.of(
                "judicial-record-certificate-intake.form",
                Files.readString(Path.of("forms", "judicial-record-certificate-intake.form"))));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message"))
        .contains(
            "mã thời hạn 'lower' phải viết HOA",
            "'legalTimeVariant.HOURS': thời hạn '24 hours' phải là số nguyên dương và một đơn vị",
            "'legalTimeVariant.ZERO': thời hạn '0 workingDays'",
            "'legalTimeVariant.SHORT' phải có dạng 'tên trường hợp | thời hạn | căn cứ pháp lý'",
            "biểu mẫu tiếp nhận cho chọn thời hạn 'URGENT' mà quy trình không khai báo");

    String marriage =
        Files.readString(Path.of("processes", "marriage-registration.bpmn"))
            .replaceFirst("<camunda:property name=\"legalTimeVariant.VERIFICATION\"[^>]*/>", "");
    ResponseEntity<Map<String, Object>> undeclared = deploy("admin", marriage);
    assertThat(undeclared.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) undeclared.getBody().get("message"))
        .contains(
            "applyLegalTimeVariant(execution, 'VERIFICATION') không nêu thời hạn nào được khai báo");
    assertThat(repository.createDeploymentQuery().deploymentName(DEPLOYMENT).count()).isZero();
  }

  @Test
  void wellFormedPauseReasonsAndALawfulSupplementationOverrideAreTaken() throws IOException {
    String bpmn =
        birthRegistration()
            .replace(
                "<camunda:property name=\"supplementClockRule\"",
                "<camunda:property name=\"pauseReason.VERIFICATION\""
                    + " value=\"Xác minh | Luật X Điều 1 | specialist, leader | 5\" />"
                    + "<camunda:property name=\"supplementationWindowWorkingDays\" value=\"5\" />"
                    + "<camunda:property name=\"supplementationLegalBasis\" value=\"Luật X Điều 2\" />"
                    + "<camunda:property name=\"supplementClockRule\"");
    ResponseEntity<Map<String, Object>> response = deploy("admin", bpmn);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void budgetsBeyondTheLegalTimeAreRefused() throws IOException {
    String bpmn =
        birthRegistration()
            .replace(
                "<camunda:property name=\"stepBudget\" value=\"PT4H\" />",
                "<camunda:property name=\"stepBudget\" value=\"P2D\" />");
    ResponseEntity<Map<String, Object>> response = deploy("admin", bpmn);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).contains("vượt thời hạn giải quyết");
  }

  @Test
  void aStepWithoutRoleIsRefused() throws IOException {
    String bpmn =
        birthRegistration().replace("<camunda:property name=\"role\" value=\"leader\" />", "");
    ResponseEntity<Map<String, Object>> response = deploy("admin", bpmn);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).contains("Task_Approval", "'role'");
  }

  @Test
  void onlyAdministratorsDeploy() throws IOException {
    ResponseEntity<Map<String, Object>> response = deploy("tiepnhan.anbinh", birthRegistration());
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @SuppressWarnings("unchecked")
  void dossiersStayOnTheVersionTheyWereReceivedUnder() throws IOException {
    Map<String, Object> before = receive();
    int oldVersion = (Integer) dossier(before).get("procedureVersion");

    String changed =
        birthRegistration().replace("Tiếp nhận hồ sơ\"", "Tiếp nhận và kiểm tra hồ sơ\"");
    ResponseEntity<Map<String, Object>> deployed = deploy("admin", changed);
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);

    Map<String, Object> after = receive();
    assertThat(dossier(after).get("procedureVersion")).isEqualTo(oldVersion + 1);
    Map<String, Object> old = dossier(before);
    assertThat(old.get("procedureVersion")).isEqualTo(oldVersion);
    assertThat((java.util.List<Map<String, Object>>) old.get("openSteps"))
        .singleElement()
        .satisfies(step -> assertThat(step).containsEntry("name", "Tiếp nhận hồ sơ"));
    assertThat((java.util.List<Map<String, Object>>) dossier(after).get("openSteps"))
        .singleElement()
        .satisfies(step -> assertThat(step).containsEntry("name", "Tiếp nhận và kiểm tra hồ sơ"));
  }

  private Map<String, Object> receive() {
    return http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
        .exchange(
            "/api/dossiers",
            HttpMethod.POST,
            new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
            JSON)
        .getBody();
  }

  private Map<String, Object> dossier(Map<String, Object> receipt) {
    return http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
        .exchange("/api/dossiers/" + receipt.get("code"), HttpMethod.GET, null, JSON)
        .getBody();
  }

  private ResponseEntity<Map<String, Object>> deploy(String user, String bpmn) {
    return deploy(user, bpmn, Map.of());
  }

  /**
   * Deploys {@code bpmn} with {@code forms} (file name to JSON), as Modeler does with its files.
   */
  private ResponseEntity<Map<String, Object>> deploy(
      String user, String bpmn, Map<String, String> forms) {
    return ModelerDeployments.deploy(
        http, user, DEPLOYMENT, "birth-registration.bpmn", bpmn, forms);
  }

  private static String birthRegistration() throws IOException {
    return Files.readString(Path.of("processes", "birth-registration.bpmn"));
  }
}
