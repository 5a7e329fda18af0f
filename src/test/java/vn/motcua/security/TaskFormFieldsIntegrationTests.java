package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.security.EngineApiLeastPrivilegeIntegrationTests.assertRefused;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;
import vn.motcua.worklist.StepDecided;

/**
 * Issue 18, findings 2 and 3: a step completes with its form's fields only. The reception officer
 * who returns the result cannot overturn the chairman's REJECT, re-date the step, rewrite the legal
 * due date, move the dossier to another agency, add another agency's unit or hand the step to
 * another agency's official; each is refused as a problem and nothing changes. The step then
 * completes through its form, and each step's decision is told with the official who made it.
 */
@IntegrationTest
@RecordApplicationEvents
class TaskFormFieldsIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ApplicationEvents decisions;

  private String code;
  private Task resultReturn;

  @BeforeEach
  void theChairmanRejects() {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    code = (String) created.getBody().get("code");
    Officials.work(
        engine, "tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    Officials.work(
        engine,
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "NOT_ELIGIBLE", "appraisalOpinion", "Thiếu giấy chứng sinh"));
    Officials.work(
        engine,
        "chutich.anbinh",
        code,
        "Task_Approval",
        Map.of("approvalDecision", "REJECT", "approvalNote", "Không đủ điều kiện"));
    resultReturn = openStep();
    assertThat(resultReturn.getTaskDefinitionKey()).isEqualTo("Task_ResultReturn");
    ResponseEntity<String> claim =
        call(
            "tiepnhan.anbinh",
            HttpMethod.POST,
            "/engine-rest/task/" + resultReturn.getId() + "/claim",
            Map.of("userId", "tiepnhan.anbinh"));
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void theStepHolderCannotOverturnTheLeadersDecision() {
    Date legalDue = (Date) runtime.getVariable(resultReturn.getProcessInstanceId(), "legalDueAt");
    for (String path : List.of("/complete", "/submit-form")) {
      ResponseEntity<String> overturn =
          call(
              "tiepnhan.anbinh",
              HttpMethod.POST,
              "/engine-rest/task/" + resultReturn.getId() + path,
              variables(Map.of("returnMethod", "COUNTER", "approvalDecision", "APPROVE")));
      assertNotOnForm(overturn, "approvalDecision");
    }
    String encodedId =
        "%"
            + Integer.toHexString(resultReturn.getId().charAt(0))
            + resultReturn.getId().substring(1);
    assertNotOnForm(
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                java.net.URI.create(
                    http.getRootUri() + "/engine-rest/task/" + encodedId + "/complete"),
                HttpMethod.POST,
                new HttpEntity<>(variables(Map.of("approvalDecision", "APPROVE")), jsonHeaders()),
                String.class),
        "approvalDecision");
    assertNotOnForm(
        call(
            "admin",
            HttpMethod.POST,
            "/engine-rest/task/" + resultReturn.getId() + "/complete",
            variables(Map.of("approvalDecision", "APPROVE"))),
        "approvalDecision");
    assertRefused(
        call(
            "tiepnhan.anbinh",
            HttpMethod.PUT,
            "/engine-rest/task/" + resultReturn.getId() + "/variables/legalDueAt",
            Map.of("value", "2030-01-01T00:00:00.000+0000", "type", "Date")));
    assertRefused(
        call(
            "tiepnhan.anbinh",
            HttpMethod.PUT,
            "/engine-rest/task/" + resultReturn.getId(),
            Map.of("name", resultReturn.getName(), "due", "2030-01-01T00:00:00.000+0000")));
    assertRefused(
        call(
            "tiepnhan.anbinh",
            HttpMethod.POST,
            "/engine-rest/task/" + resultReturn.getId() + "/variables",
            Map.of("modifications", Map.of("approvalDecision", Map.of("value", "APPROVE")))));

    assertThat(runtime.getVariable(resultReturn.getProcessInstanceId(), "approvalDecision"))
        .isEqualTo("REJECT");
    assertThat(runtime.getVariable(resultReturn.getProcessInstanceId(), "legalDueAt"))
        .isEqualTo(legalDue);
    Task still = openStep();
    assertThat(still.getId()).isEqualTo(resultReturn.getId());
    assertThat(still.getDueDate()).isEqualTo(resultReturn.getDueDate());

    ResponseEntity<String> done =
        call(
            "tiepnhan.anbinh",
            HttpMethod.POST,
            "/engine-rest/task/" + resultReturn.getId() + "/submit-form",
            variables(Map.of("returnMethod", "COUNTER", "returnNote", "Đã trả văn bản")));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(code)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_ResultReturned");
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(resultReturn.getProcessInstanceId())
                .variableName("approvalDecision")
                .singleResult()
                .getValue())
        .isEqualTo("REJECT");
    // recorded on this thread: the steps worked through the engine's Java API above
    assertThat(decisions.stream(StepDecided.class))
        .extracting(
            StepDecided::step, StepDecided::decision, StepDecided::value, StepDecided::decidedBy)
        .containsExactly(
            tuple("Task_Reception", "receptionDecision", "ACCEPT", "tiepnhan.anbinh"),
            tuple("Task_Appraisal", "appraisalResult", "NOT_ELIGIBLE", "hotich.anbinh"),
            tuple("Task_Approval", "approvalDecision", "REJECT", "chutich.anbinh"));
    // and each is in the dossier's audit trail, with who decided
    ResponseEntity<List<Map<String, Object>>> audit =
        http.withBasicAuth("admin", PASSWORD)
            .exchange(
                "/api/audit?dossier={code}",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {},
                code);
    assertThat(audit.getBody())
        .filteredOn(entry -> "DECIDED".equals(entry.get("action")))
        .extracting(entry -> entry.get("actor"), entry -> entry.get("afterState"))
        .containsExactly(
            tuple("tiepnhan.anbinh", "ACCEPT"),
            tuple("hotich.anbinh", "NOT_ELIGIBLE"),
            tuple("chutich.anbinh", "REJECT"),
            // the result return completed over /engine-rest above
            tuple("tiepnhan.anbinh", "COUNTER"));
  }

  @Test
  void noStepMovesTheDossierToAnotherAgencyOrItsOfficials() {
    List<IdentityLink> links = tasks.getIdentityLinksForTask(resultReturn.getId());
    assertNotOnForm(
        call(
            "tiepnhan.anbinh",
            HttpMethod.POST,
            "/engine-rest/task/" + resultReturn.getId() + "/complete",
            variables(Map.of("returnMethod", "COUNTER", "agency", DemoData.HOA_PHU))),
        "agency");
    assertNotOnForm(
        call(
            "tiepnhan.anbinh",
            HttpMethod.POST,
            "/engine-rest/task/" + resultReturn.getId() + "/complete",
            "{\"variables\": {\"agency\": {\"value\": \"" + DemoData.HOA_PHU + "\"}"),
        "variables");
    assertRefused(
        call(
            "tiepnhan.anbinh",
            HttpMethod.POST,
            "/engine-rest/task/" + resultReturn.getId() + "/identity-links",
            Map.of("groupId", DemoData.HOA_PHU + ":reception", "type", "candidate")));
    assertRefused(
        call(
            "tiepnhan.anbinh",
            HttpMethod.POST,
            "/engine-rest/task/" + resultReturn.getId() + "/assignee",
            Map.of("userId", "tiepnhan.hoaphu")));
    ResponseEntity<String> claimForOther =
        call(
            "tiepnhan.anbinh",
            HttpMethod.POST,
            "/engine-rest/task/" + resultReturn.getId() + "/claim",
            Map.of("userId", "tiepnhan.hoaphu"));
    assertThat(claimForOther.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(claimForOther.getBody()).contains("tiepnhan.hoaphu");

    assertThat(runtime.getVariable(resultReturn.getProcessInstanceId(), "agency"))
        .isEqualTo(AN_BINH);
    assertThat(tasks.getIdentityLinksForTask(resultReturn.getId()))
        .extracting(IdentityLink::getGroupId, IdentityLink::getUserId, IdentityLink::getType)
        .containsExactlyInAnyOrderElementsOf(
            links.stream()
                .map(
                    l ->
                        org.assertj.core.groups.Tuple.tuple(
                            l.getGroupId(), l.getUserId(), l.getType()))
                .toList());
    assertThat(openStep().getAssignee()).isEqualTo("tiepnhan.anbinh");
  }

  @Test
  void anEarlierStepsFieldIsNotTheApprovalFormsToWrite() {
    // the chairman's form no longer carries the appraisal (the dossier panel shows it with its
    // label); a fresh dossier's approval, through the walk of another dossier
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    String other = (String) created.getBody().get("code");
    Officials.work(
        engine, "tiepnhan.anbinh", other, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    Officials.work(
        engine, "hotich.anbinh", other, "Task_Appraisal", Map.of("appraisalResult", "ELIGIBLE"));
    Task approval = tasks.createTaskQuery().processInstanceBusinessKey(other).singleResult();
    call(
        "chutich.anbinh",
        HttpMethod.POST,
        "/engine-rest/task/" + approval.getId() + "/claim",
        Map.of("userId", "chutich.anbinh"));
    assertNotOnForm(
        call(
            "chutich.anbinh",
            HttpMethod.POST,
            "/engine-rest/task/" + approval.getId() + "/submit-form",
            variables(Map.of("approvalDecision", "APPROVE", "appraisalResult", "NOT_ELIGIBLE"))),
        "appraisalResult");
    assertThat(runtime.getVariable(approval.getProcessInstanceId(), "appraisalResult"))
        .isEqualTo("ELIGIBLE");
    ResponseEntity<String> approved =
        call(
            "chutich.anbinh",
            HttpMethod.POST,
            "/engine-rest/task/" + approval.getId() + "/submit-form",
            variables(Map.of("approvalDecision", "APPROVE")));
    assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(other).singleResult())
        .satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ResultReturn"));
  }

  private Task openStep() {
    return tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
  }

  private static Map<String, Object> variables(Map<String, String> values) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, jsonHeaders()), String.class);
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private static void assertNotOnForm(ResponseEntity<String> response, String variable) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType())
        .satisfies(
            type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
    assertThat(response.getBody()).contains("\"variables\":[\"" + variable + "\"]");
  }
}
