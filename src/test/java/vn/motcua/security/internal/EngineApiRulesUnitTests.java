package vn.motcua.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.security.internal.EngineApiRules.Verdict.ADMIN;
import static vn.motcua.security.internal.EngineApiRules.Verdict.CLAIM;
import static vn.motcua.security.internal.EngineApiRules.Verdict.FORM;
import static vn.motcua.security.internal.EngineApiRules.Verdict.OPEN;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The allow-list: Tasklist's calls pass, everything else is for administrators. */
class EngineApiRulesUnitTests {

  private static final String ENGINE = "/camunda/api/engine/engine/default/";

  @Test
  void tasklistsCallsPass() {
    for (String prefix : new String[] {"/engine-rest/", "/engine-rest/engine/default/", ENGINE}) {
      assertThat(verdict("GET", prefix + "filter")).isEqualTo(OPEN);
      assertThat(verdict("POST", prefix + "filter/f1/list")).isEqualTo(OPEN);
      assertThat(verdict("GET", prefix + "task/t1")).isEqualTo(OPEN);
      assertThat(verdict("GET", prefix + "task/t1/deployed-form")).isEqualTo(OPEN);
      assertThat(verdict("GET", prefix + "task/t1/form-variables")).isEqualTo(OPEN);
      assertThat(verdict("GET", prefix + "task/t1/identity-links")).isEqualTo(OPEN);
      assertThat(verdict("GET", prefix + "process-definition/pd1/xml")).isEqualTo(OPEN);
      assertThat(verdict("POST", prefix + "task/t1/claim")).isEqualTo(CLAIM);
      assertThat(verdict("POST", prefix + "task/t1/submit-form")).isEqualTo(FORM);
      assertThat(verdict("POST", prefix + "task/t1/complete")).isEqualTo(FORM);
      assertThat(verdict("POST", prefix + "process-definition/pd1/submit-form"))
          .isEqualTo(EngineApiRules.Verdict.START);
      assertThat(verdict("POST", prefix + "process-definition/key/birth-registration/submit-form"))
          .isEqualTo(EngineApiRules.Verdict.START);
      assertThat(verdict("GET", prefix + "process-definition/pd1/deployed-start-form"))
          .isEqualTo(OPEN);
    }
    assertThat(verdict("GET", "/camunda/api/engine/engine/")).isEqualTo(OPEN);
    assertThat(verdict("GET", "/camunda/api/admin/auth/user/default")).isEqualTo(OPEN);
    assertThat(verdict("GET", "/camunda/app/tasklist/default/")).isEqualTo(OPEN);
    assertThat(verdict("GET", "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js"))
        .isEqualTo(OPEN);
    assertThat(verdict("GET", "/engine-rest/user/me/profile")).isEqualTo(OPEN);
    assertThat(verdict("GET", "/engine-rest/history/user-operation?taskId=t1")).isEqualTo(OPEN);
  }

  @Test
  void everythingElseIsForAdministrators() {
    for (String call :
        new String[] {
          "GET /engine-rest/job",
          "POST /engine-rest/job/j1/execute",
          "PUT /engine-rest/job/j1/duedate",
          "PUT /engine-rest/job/j1/retries",
          "GET /engine-rest/job-definition",
          "GET /engine-rest/metrics",
          "GET /engine-rest/incident",
          "GET /engine-rest/process-definition/statistics",
          "GET /engine-rest/process-definition/pd1/statistics",
          "POST /engine-rest/process-definition/pd1/start",
          "POST /engine-rest/process-definition/key/birth-registration/start",
          "PUT /engine-rest/task/t1",
          "PUT /engine-rest/task/t1/variables/legalDueAt",
          "POST /engine-rest/task/t1/variables",
          "DELETE /engine-rest/task/t1/variables/x",
          "POST /engine-rest/task/t1/identity-links",
          "POST /engine-rest/task/t1/assignee",
          "POST /engine-rest/task/t1/unclaim",
          "POST /engine-rest/task/t1/resolve",
          "POST /engine-rest/task/create",
          "POST /engine-rest/filter/create",
          "PUT /engine-rest/filter/f1",
          "DELETE /engine-rest/filter/f1",
          "POST /engine-rest/deployment/create",
          "GET /engine-rest/deployment",
          "PUT /engine-rest/user/me/profile",
          "GET /engine-rest/user/other/profile",
          "GET /engine-rest/user",
          "GET /engine-rest/history/user-operation",
          "POST /engine-rest/message",
          "POST /engine-rest/process-instance/p1/modification",
          "GET /engine-rest/unknown/thing",
          "GET " + ENGINE + "job",
          "GET /camunda/api/cockpit/plugin/base/default/process-definition/statistics",
          "GET /camunda/api/admin/plugin/adminPlugins/default/users",
          "GET /camunda/app/cockpit/default/",
          "GET /camunda/app/admin/default/",
          "POST /camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js",
          "GET /camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js"
        }) {
      String[] parts = call.split(" ");
      assertThat(verdict(parts[0], parts[1])).as(call).isEqualTo(ADMIN);
    }
  }

  @Test
  void passwordsSetThroughCamundaGoThroughThePolicy() {
    assertThat(verdict("PUT", "/engine-rest/user/me/credentials"))
        .isEqualTo(EngineApiRules.Verdict.PASSWORD);
    assertThat(verdict("POST", "/engine-rest/user/create"))
        .isEqualTo(EngineApiRules.Verdict.PASSWORD);
    assertThat(verdict("PUT", ENGINE + "user/me/credentials"))
        .isEqualTo(EngineApiRules.Verdict.PASSWORD);
    assertThat(EngineApiRules.credentialsOf("/engine-rest/user/me/credentials")).isEqualTo("me");
    assertThat(EngineApiRules.credentialsOf("/engine-rest/user/create")).isNull();
  }

  @Test
  void aCompletionIsCheckedOnTheTaskTheEngineWillComplete() {
    assertThat(EngineApiRules.completedTask("/engine-rest/task/%61bc/complete")).isEqualTo("abc");
    assertThat(EngineApiRules.completedTask(ENGINE + "task/t1/submit-form")).isEqualTo("t1");
    assertThat(verdict("POST", "/engine-rest/task/%61bc/complete")).isEqualTo(FORM);
    assertThat(verdict("GET", "/engine-rest/%6Aob")).isEqualTo(ADMIN);
  }

  private static EngineApiRules.Verdict verdict(String method, String uri) {
    String[] parts = uri.split("\\?");
    Map<String, String> query =
        parts.length > 1 ? Map.of(parts[1].split("=")[0], parts[1].split("=")[1]) : Map.of();
    return EngineApiRules.of(method, parts[0], query::get, "me");
  }
}
