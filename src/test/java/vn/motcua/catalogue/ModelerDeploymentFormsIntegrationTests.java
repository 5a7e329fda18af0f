package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.ModelerDeployments.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
 * Camunda Modeler deploys a procedure's BPMN file alone: the forms it binds to its deployment are
 * carried over from the procedure's previous version (the deployment holds them, the audit trail
 * says from which deployment), new dossiers get their start and task forms, and dossiers already
 * running keep their own version's forms. A form that nothing resolves refuses the deployment with
 * a 400 problem naming the form and the element; nothing is deployed.
 */
@IntegrationTest
class ModelerDeploymentFormsIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};
  private static final String DEPLOYMENT = "modeler-forms-test";
  private static final String KEY = "birth-registration";
  private static final List<String> BIRTH_FORMS =
      List.of(
          "forms/apology-letter.form",
          "forms/birth-registration-appraisal.form",
          "forms/birth-registration-approval.form",
          "forms/birth-registration-intake.form",
          "forms/birth-registration-reception.form",
          "forms/birth-registration-result-return.form");

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired FormService forms;

  @AfterEach
  void removeTestDeployments() {
    repository
        .createDeploymentQuery()
        .deploymentName(DEPLOYMENT)
        .list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void theBpmnAloneCarriesOverItsFormsAndNewDossiersGetThem() {
    String previous = latest().getDeploymentId();
    String running = openTask(receive());

    ResponseEntity<Map<String, Object>> response =
        ModelerDeployments.deploy(
            http,
            "admin",
            DEPLOYMENT,
            KEY + ".bpmn",
            procedure(KEY).replace("Tiếp nhận hồ sơ\"", "Tiếp nhận và kiểm tra hồ sơ\""));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String deployment = (String) response.getBody().get("id");
    assertThat(repository.getDeploymentResourceNames(deployment))
        .contains(KEY + ".bpmn")
        .containsAll(BIRTH_FORMS) // every form the BPMN names
        .hasSize(BIRTH_FORMS.size() + 1);
    ProcessDefinition latest = latest();
    assertThat(latest.getDeploymentId()).isEqualTo(deployment);

    // the audit trail records where the forms came from
    assertThat(audit(deployment))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry)
                  .containsEntry("action", "FORMS_CARRIED_OVER")
                  .containsEntry("actor", "admin");
              assertThat((String) entry.get("reason")).contains(previous);
              assertThat((String) entry.get("detail"))
                  .contains(
                      "\"fromDeploymentId\":\"" + previous + "\"",
                      "\"formKey\":\"birth-registration-appraisal\"",
                      "\"elementId\":\"Task_IssueApology\"");
            });

    // a new dossier: its start form and its first step's form, through the engine REST API
    String fresh = openTask(receive());
    assertThat(
            http.withBasicAuth("admin", PASSWORD)
                .exchange(
                    "/engine-rest/process-definition/" + latest.getId() + "/deployed-start-form",
                    HttpMethod.GET,
                    null,
                    JSON))
        .satisfies(start -> assertThat(start.getStatusCode()).isEqualTo(HttpStatus.OK))
        .satisfies(start -> assertThat(start.getBody()).containsEntry("id", KEY + "-intake"));
    assertThat(deployedForm(fresh)).containsEntry("id", KEY + "-reception");
    assertThat(forms.getTaskFormData(fresh).getDeploymentId()).isEqualTo(deployment);
    // the dossier received before keeps its own version's form
    assertThat(deployedForm(running)).containsEntry("id", KEY + "-reception");
    assertThat(forms.getTaskFormData(running).getDeploymentId()).isEqualTo(previous);
  }

  @Test
  void formsComeFromTheNewestVersionAndRunningDossiersKeepTheirOwn() throws IOException {
    String running = openTask(receive());
    DeploymentBuilder full =
        repository
            .createDeployment()
            .name(DEPLOYMENT)
            .addString(
                "processes/" + KEY + ".bpmn",
                procedure(KEY).replace("Tiếp nhận hồ sơ\"", "Tiếp nhận hồ sơ (bản 2)\""));
    for (String form : BIRTH_FORMS) {
      String text = Files.readString(Path.of(form));
      full.addString(form, text.replace("Từ chối tiếp nhận", "Từ chối tiếp nhận (bản 2)"));
    }
    String second = full.deploy().getId();

    ResponseEntity<Map<String, Object>> third =
        ModelerDeployments.deploy(
            http,
            "admin",
            DEPLOYMENT,
            KEY + ".bpmn",
            procedure(KEY).replace("Tiếp nhận hồ sơ\"", "Tiếp nhận hồ sơ (bản 3)\""));
    assertThat(third.getStatusCode()).isEqualTo(HttpStatus.OK);

    String fresh = openTask(receive());
    assertThat(forms.getTaskFormData(fresh).getDeploymentId()).isEqualTo(third.getBody().get("id"));
    assertThat(text(fresh)).contains("Từ chối tiếp nhận (bản 2)"); // copied from the 2nd version
    assertThat(text(running)).contains("Từ chối tiếp nhận").doesNotContain("(bản 2)");
    assertThat(audit((String) third.getBody().get("id")))
        .singleElement()
        .satisfies(entry -> assertThat((String) entry.get("reason")).contains(second));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFormThatNeverExistedIsRefusedNamingItAndTheElement() {
    long deployments = repository.createDeploymentQuery().count();
    ResponseEntity<Map<String, Object>> response =
        ModelerDeployments.deploy(
            http,
            "admin",
            DEPLOYMENT,
            KEY + ".bpmn",
            procedure(KEY)
                .replace(
                    "camunda:formRef=\"birth-registration-appraisal\"",
                    "camunda:formRef=\"birth-registration-khong-co\""));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(response.getBody())
        .containsEntry("status", 400)
        .containsEntry("title", "Yêu cầu không hợp lệ");
    assertThat((String) response.getBody().get("detail"))
        .contains(
            "thiếu biểu mẫu",
            "'birth-registration-khong-co' (formRefBinding=deployment) tại Task_Appraisal")
        .doesNotContain("birth-registration-reception");
    Map<String, Object> details = (Map<String, Object>) response.getBody().get("details");
    assertThat(details.toString()).contains("mainElementId=Task_Appraisal");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aNewProcedureWithoutItsFormsIsRefusedNamingEveryOne() {
    String copy =
        procedure(KEY)
            .replace("\"" + KEY + "\"", "\"birth-registration-copy\"")
            .replace("bpmnElement=\"" + KEY + "\"", "bpmnElement=\"birth-registration-copy\"");
    ResponseEntity<Map<String, Object>> response =
        ModelerDeployments.deploy(http, "admin", DEPLOYMENT, "copy.bpmn", copy);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("detail"))
        .contains(
            "'birth-registration-intake' (formRefBinding=deployment) tại StartEvent_DossierSubmitted",
            "'birth-registration-reception' (formRefBinding=deployment) tại Task_Reception",
            "'birth-registration-appraisal' (formRefBinding=deployment) tại Task_Appraisal",
            "'birth-registration-approval' (formRefBinding=deployment) tại Task_Approval",
            "'birth-registration-result-return' (formRefBinding=deployment) tại Task_ResultReturn",
            "'apology-letter' (formRefBinding=deployment) tại Task_IssueApology");
    assertThat(repository.createDeploymentQuery().deploymentName(DEPLOYMENT).count()).isZero();
  }

  @Test
  void latestAndVersionBindingsMustResolve() {
    assertThatThrownBy(() -> deploy(bound("latest", "birth-registration-khong-co", null)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("'birth-registration-khong-co' (formRefBinding=latest)");
    assertThatThrownBy(() -> deploy(bound("version", "birth-registration-appraisal", 999)))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining(
            "'birth-registration-appraisal' (formRefBinding=version, version 999) tại"
                + " Task_Appraisal");
    String unbound = // no binding at all: the engine's own parse error, still a refusal
        procedure(KEY)
            .replace(
                "camunda:formRef=\"birth-registration-appraisal\" camunda:formRefBinding=\"deployment\"",
                "camunda:formRef=\"birth-registration-appraisal\"");
    assertThatThrownBy(() -> deploy(unbound))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("formRefBinding");
    assertThat(repository.createDeploymentQuery().deploymentName(DEPLOYMENT).count()).isZero();

    deploy(bound("latest", "birth-registration-appraisal", null)); // deployed at start-up
    deploy(bound("version", "birth-registration-appraisal", 1));
    assertThat(repository.createDeploymentQuery().deploymentName(DEPLOYMENT).count()).isEqualTo(2);
  }

  @Test
  void aFormKeyIntoTheDeploymentIsCarriedOverOrRefused() {
    String appraisal = "camunda-forms:deployment:forms/birth-registration-appraisal.form";
    String deployment = deploy(formKey(appraisal));
    assertThat(repository.getDeploymentResourceNames(deployment))
        .contains("forms/birth-registration-appraisal.form");

    assertThatThrownBy(() -> deploy(formKey("camunda-forms:deployment:forms/khong-co.form")))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("'forms/khong-co.form' (camunda:formKey) tại Task_Appraisal");
  }

  private static String bound(String binding, String form, Integer version) {
    return procedure(KEY)
        .replace(
            "camunda:formRef=\"birth-registration-appraisal\" camunda:formRefBinding=\"deployment\"",
            "camunda:formRef=\""
                + form
                + "\" camunda:formRefBinding=\""
                + binding
                + "\""
                + (version == null ? "" : " camunda:formRefVersion=\"" + version + "\""));
  }

  private static String formKey(String key) {
    return procedure(KEY)
        .replace(
            "camunda:formRef=\"birth-registration-appraisal\" camunda:formRefBinding=\"deployment\"",
            "camunda:formKey=\"" + key + "\"");
  }

  /** Deploys through the Java API, the BPMN alone; returns the deployment's id. */
  private String deploy(String bpmn) {
    return repository
        .createDeployment()
        .name(DEPLOYMENT)
        .addString("processes/" + KEY + ".bpmn", bpmn)
        .deploy()
        .getId();
  }

  private ProcessDefinition latest() {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(KEY)
        .latestVersion()
        .singleResult();
  }

  private List<Map<String, Object>> audit(String deployment) {
    return http.withBasicAuth("admin", PASSWORD)
        .exchange(
            "/api/audit?subjectType=DEPLOYMENT&subjectId=" + deployment,
            HttpMethod.GET,
            null,
            JSON_LIST)
        .getBody();
  }

  private Map<String, Object> deployedForm(String taskId) {
    ResponseEntity<Map<String, Object>> form =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/engine-rest/task/" + taskId + "/deployed-form", HttpMethod.GET, null, JSON);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    return form.getBody();
  }

  private String text(String taskId) throws IOException {
    try (InputStream in = forms.getDeployedTaskForm(taskId)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String receive() {
    return (String)
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON)
            .getBody()
            .get("code");
  }

  @SuppressWarnings("unchecked")
  private String openTask(String code) {
    Map<String, Object> dossier =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
            .getBody();
    return (String) ((List<Map<String, Object>>) dossier.get("openSteps")).get(0).get("taskId");
  }
}
