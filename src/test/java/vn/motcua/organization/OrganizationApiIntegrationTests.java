package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * Units and civil servants over the admin API: each official becomes a Camunda user with the groups
 * of their roles and the tenant of their agencies, signs in and works; role changes and
 * deactivation follow in Camunda; bad requests are problems in Vietnamese or English.
 */
@IntegrationTest
class OrganizationApiIntegrationTests {

  /** The password officials added by these tests get: one the password policy accepts. */
  private static final String NEW_PASSWORD = "may-trang-bay-ve-nui-9";

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String PROVINCE = "000.00.00.H99";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  private String dossier;

  @AfterEach
  void endDossier() {
    if (dossier != null) {
      runtime
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(dossier)
          .list()
          .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished"));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDemoDepartmentsAndCommuneOfficialsAreInOurTablesAndMirroredAsTenants() {
    Map<String, Object> justice = get("admin", "/api/agencies/000.00.20.H99").getBody();
    assertThat(justice.get("name")).isEqualTo("Sở Tư pháp tỉnh Thử Nghiệm");
    assertThat(justice.get("parentCode")).isEqualTo(PROVINCE);
    assertThat((List<Map<String, Object>>) justice.get("units"))
        .extracting(u -> u.get("code"))
        .contains("hctp", "vanphong");
    Map<String, Object> specialist =
        official((List<Map<String, Object>>) justice.get("officials"), "chuyenvien.tuphap");
    assertThat(specialist)
        .containsEntry("fullName", "Cao Minh Khoa")
        .containsEntry("unit", "hctp")
        .containsEntry("active", true);
    assertThat((List<Object>) specialist.get("roles"))
        .containsExactly(Map.of("agency", "000.00.20.H99", "role", "specialist"));

    Map<String, Object> anBinh = get("admin", "/api/agencies/" + DemoData.AN_BINH).getBody();
    assertThat(official((List<Map<String, Object>>) anBinh.get("officials"), "tiepnhan.anbinh"))
        .containsEntry("unit", "motcua");
    assertThat(tenantsOf("tiepnhan.anbinh")).containsExactly(DemoData.AN_BINH);
    assertThat(tenantsOf("chuyenvien.xaydung")).containsExactly("000.00.21.H99");
    assertThat(identity.createTenantQuery().tenantId(PROVINCE).singleResult().getName())
        .isEqualTo("UBND tỉnh Thử Nghiệm (demo)");
    assertThat(groupsOf("admin")).contains("camunda-admin");
    assertThat(groupsOf("lanhdao.tuphap")).containsExactly("000.00.20.H99:leader");
    assertThat(get("admin", "/api/agencies/999.99.99.X00").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAdministratorAddsAUnitOnceAndSeesItWithTheAgency() {
    String agency = newAgency();
    ResponseEntity<Map<String, Object>> added =
        post("admin", "/api/agencies/" + agency + "/units", unit("hctp", "Phòng Hành chính"));
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(
            (List<Map<String, Object>>)
                get("admin", "/api/agencies/" + agency).getBody().get("units"))
        .extracting(u -> u.get("code") + " " + u.get("name"))
        .containsExactly("hctp Phòng Hành chính");

    ResponseEntity<Map<String, Object>> again =
        post("admin", "/api/agencies/" + agency + "/units", unit("hctp", "Lặp lại"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody())
        .containsEntry("title", "Xung đột với dữ liệu hiện có")
        .containsEntry("detail", "Cơ quan đã có đơn vị mang mã \"hctp\".");
    assertThat(
            post("admin", "/api/agencies/999.99.99.X00/units", unit("a", "Không có"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aNewOfficialIsACamundaUserWithRoleGroupsAndTenantAndSignsInToWork() {
    String agency = newAgency();
    post("admin", "/api/agencies/" + agency + "/units", unit("motcua", "Bộ phận Một cửa"));
    String id = "cv." + suffix();
    ResponseEntity<Map<String, Object>> created =
        post(
            "admin",
            "/api/officials",
            newOfficial(
                id, "Nguyễn Thị Minh Khai", agency, "motcua", List.of("reception", "leader")));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).hasPath("/api/officials/" + id);

    User user = identity.createUserQuery().userId(id).singleResult();
    assertThat(user.getFirstName()).isEqualTo("Nguyễn Thị Minh");
    assertThat(user.getLastName()).isEqualTo("Khai");
    assertThat(user.getEmail()).isEqualTo(id + "@example.vn");
    assertThat(groupsOf(id)).containsExactlyInAnyOrder(agency + ":reception", agency + ":leader");
    assertThat(tenantsOf(id)).containsExactly(agency);
    assertThat(identity.createTenantQuery().tenantId(agency).singleResult().getName())
        .isEqualTo("Phường Thử " + agency);

    assertThat(get(id, "/api/worklist").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> received =
        http.withBasicAuth(id, NEW_PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(agency)),
                JSON);
    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    dossier = (String) received.getBody().get("code");
    Task reception = tasks.createTaskQuery().processInstanceBusinessKey(dossier).singleResult();
    assertThat(
            http.withBasicAuth(id, NEW_PASSWORD)
                .exchange(
                    "/api/worklist/tasks/" + reception.getId() + "/claim",
                    HttpMethod.POST,
                    null,
                    JSON)
                .getStatusCode()
                .is2xxSuccessful())
        .isTrue();
    assertThat(tasks.createTaskQuery().taskId(reception.getId()).singleResult().getAssignee())
        .isEqualTo(id);

    ResponseEntity<Map<String, Object>> stopped =
        post("admin", "/api/officials/" + id + "/deactivate", null);
    assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(stopped.getBody()).containsEntry("active", false);
    assertThat(tasks.createTaskQuery().taskId(reception.getId()).singleResult().getAssignee())
        .isNull();
    assertThat(groupsOf(id)).isEmpty();
    assertThat(tenantsOf(id)).isEmpty();
    assertThat(identity.createUserQuery().userId(id).count()).isEqualTo(1);
    assertThat(get(id, "/api/worklist").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            put(
                    "admin",
                    "/api/officials/" + id + "/roles",
                    Map.of("agency", agency, "roles", List.of("reception")))
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  @SuppressWarnings("unchecked")
  void rolesInAnAgencyAreReplacedAndFollowInCamunda() {
    String agency = newAgency();
    String id = "cv." + suffix();
    post(
        "admin",
        "/api/officials",
        newOfficial(id, "Trần Văn Bình", agency, null, List.of("specialist")));

    ResponseEntity<Map<String, Object>> changed =
        put(
            "admin",
            "/api/officials/" + id + "/roles",
            Map.of("agency", agency, "roles", List.of("unit-head", "leader")));
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(groupsOf(id)).containsExactlyInAnyOrder(agency + ":unit-head", agency + ":leader");

    put(
        "admin",
        "/api/officials/" + id + "/roles",
        Map.of("agency", PROVINCE, "roles", List.of("supervisor", "admin")));
    assertThat(groupsOf(id))
        .containsExactlyInAnyOrder(
            agency + ":unit-head", agency + ":leader", PROVINCE + ":supervisor", "camunda-admin");
    assertThat(tenantsOf(id)).containsExactlyInAnyOrder(agency, PROVINCE);
    assertThat((List<Object>) get("admin", "/api/officials/" + id).getBody().get("roles"))
        .hasSize(4)
        .contains(Map.of("agency", PROVINCE, "role", "admin"));

    put("admin", "/api/officials/" + id + "/roles", Map.of("agency", PROVINCE, "roles", List.of()));
    assertThat(groupsOf(id)).containsExactlyInAnyOrder(agency + ":unit-head", agency + ":leader");
    assertThat(tenantsOf(id)).containsExactly(agency);

    // each change is in the audit trail, by whom, with the roles before and after
    List<Map<String, Object>> trail =
        http.withBasicAuth("admin", PASSWORD)
            .exchange(
                "/api/audit?subjectType=OFFICIAL&subjectId=" + id,
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    assertThat(trail)
        .extracting(e -> e.get("action"))
        .containsExactly("OFFICIAL_ADDED", "ROLES_CHANGED", "ROLES_CHANGED", "ROLES_CHANGED");
    assertThat(trail.get(1))
        .containsEntry("actor", "admin")
        .containsEntry("beforeState", agency + ":specialist");
    assertThat((String) trail.get(1).get("afterState"))
        .contains(agency + ":unit-head", agency + ":leader")
        .doesNotContain("specialist");

    assertThat(
            put(
                    "admin",
                    "/api/officials/nobody." + suffix() + "/roles",
                    Map.of("agency", agency, "roles", List.of()))
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("admin", "/api/officials/admin/deactivate", null).getBody().get("detail"))
        .isEqualTo("Không thể tự ngừng hoạt động tài khoản của chính mình (\"admin\").");
  }

  @Test
  void onlyAdministratorsManageTheOrganisation() {
    String agency = DemoData.AN_BINH;
    for (ResponseEntity<Map<String, Object>> refused :
        List.of(
            get("chutich.anbinh", "/api/agencies/" + agency),
            post("chutich.anbinh", "/api/agencies/" + agency + "/units", unit("x", "Không được")),
            post(
                "chutich.anbinh",
                "/api/officials",
                newOfficial("cv." + suffix(), "Lê Văn Cấm", agency, null, List.of("specialist"))),
            get("hotich.anbinh", "/api/officials/tiepnhan.anbinh"),
            put(
                "hotich.anbinh",
                "/api/officials/hotich.anbinh/roles",
                Map.of("agency", agency, "roles", List.of("leader"))),
            post("hotich.anbinh", "/api/officials/tiepnhan.anbinh/deactivate", null))) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).containsEntry("title", "Không có quyền");
    }
    assertThat(groupsOf("hotich.anbinh")).containsExactly(agency + ":specialist");
  }

  @Test
  @SuppressWarnings("unchecked")
  void badOfficialsAreProblemsInTheUsersLanguage() {
    ResponseEntity<Map<String, Object>> empty =
        post("admin", "/api/officials", Map.of("phone", "123"));
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).containsEntry("title", "Dữ liệu không hợp lệ");
    assertThat((List<Map<String, Object>>) empty.getBody().get("errors"))
        .extracting(e -> e.get("field"))
        .contains("id", "fullName", "email", "agency", "roles", "password", "phone");
    assertThat((List<Map<String, Object>>) empty.getBody().get("errors"))
        .contains(
            Map.of(
                "field",
                "phone",
                "message",
                "phải là số điện thoại Việt Nam (bắt đầu bằng 0 hoặc +84)"));

    Map<String, Object> weak =
        newOfficial("Bad Id", "Lê Văn Yếu", DemoData.AN_BINH, null, List.of("leader"));
    weak.put("password", "short");
    ResponseEntity<Map<String, Object>> english = postEnglish("/api/officials", weak);
    assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(english.getBody()).containsEntry("title", "Invalid request");
    assertThat((List<Map<String, Object>>) english.getBody().get("errors"))
        .contains(
            Map.of(
                "field",
                "id",
                "message",
                "may only contain lower-case letters without diacritics, digits, dots, underscores"
                    + " and hyphens, starting with a letter or digit"));

    ResponseEntity<Map<String, Object>> role =
        post(
            "admin",
            "/api/officials",
            newOfficial("cv." + suffix(), "Lê Văn Vai", DemoData.AN_BINH, null, List.of("chief")));
    assertThat(role.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) role.getBody().get("detail")).startsWith("Không có vai trò \"chief\".");
    assertThat(
            (String)
                postEnglish(
                        "/api/officials",
                        newOfficial(
                            "cv." + suffix(),
                            "Lê Văn Vai",
                            DemoData.AN_BINH,
                            null,
                            List.of("chief")))
                    .getBody()
                    .get("detail"))
        .startsWith("There is no role \"chief\".");

    ResponseEntity<Map<String, Object>> agency =
        post(
            "admin",
            "/api/officials",
            newOfficial("cv." + suffix(), "Lê Văn Xa", "999.99.99.X00", null, List.of("leader")));
    assertThat(agency.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(agency.getBody())
        .containsEntry("detail", "Không có cơ quan nào mang mã \"999.99.99.X00\".");

    ResponseEntity<Map<String, Object>> unit =
        postEnglish(
            "/api/officials",
            newOfficial(
                "cv." + suffix(), "Lê Văn Lạc", DemoData.AN_BINH, "khong-co", List.of("leader")));
    assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(unit.getBody())
        .containsEntry("title", "Request cannot be processed")
        .containsEntry("detail", "The agency has no unit with code \"khong-co\".");

    ResponseEntity<Map<String, Object>> twice =
        post(
            "admin",
            "/api/officials",
            newOfficial(
                "tiepnhan.anbinh", "Nguyễn Thị Lan", DemoData.AN_BINH, null, List.of("reception")));
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) twice.getBody().get("detail")).contains("tiepnhan.anbinh");
    assertThat(twice.getBody().toString()).doesNotContain("Exception", "at vn.motcua");
  }

  private String newAgency() {
    String code = "T." + suffix();
    ResponseEntity<Map<String, Object>> created =
        post(
            "admin",
            "/api/agencies",
            Map.of("code", code, "name", "Phường Thử " + code, "parentCode", PROVINCE));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return code;
  }

  private static Map<String, Object> unit(String code, String name) {
    return Map.of("code", code, "name", name);
  }

  private static Map<String, Object> newOfficial(
      String id, String fullName, String agency, String unit, List<String> roles) {
    Map<String, Object> body = new HashMap<>();
    body.put("id", id);
    body.put("fullName", fullName);
    body.put("email", id + "@example.vn");
    body.put("phone", "0912345678");
    body.put("agency", agency);
    body.put("unit", unit);
    body.put("roles", roles);
    body.put("password", NEW_PASSWORD);
    return body;
  }

  private static Map<String, Object> official(List<Map<String, Object>> officials, String id) {
    return officials.stream().filter(o -> id.equals(o.get("id"))).findFirst().orElseThrow();
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private List<String> tenantsOf(String user) {
    return identity.createTenantQuery().userMember(user).list().stream()
        .map(Tenant::getId)
        .toList();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private ResponseEntity<Map<String, Object>> get(String user, String path) {
    return http.withBasicAuth(user, user.startsWith("cv.") ? NEW_PASSWORD : PASSWORD)
        .exchange(path, HttpMethod.GET, null, JSON);
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  private ResponseEntity<Map<String, Object>> put(String user, String path, Object body) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JSON);
  }

  private ResponseEntity<Map<String, Object>> postEnglish(String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    return http.withBasicAuth("admin", PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }
}
