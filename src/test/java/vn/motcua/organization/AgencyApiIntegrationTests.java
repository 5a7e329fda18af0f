package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.IntegrationTest;

/**
 * The agency tree over the API: everyone signed in reads it at any depth; an administrator adds an
 * agency under another, which brings its Camunda groups, one per role; bad additions are problems.
 */
@IntegrationTest
class AgencyApiIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  @Test
  @SuppressWarnings("unchecked")
  void anAdministratorAddsAVillageUnderACommuneAtAnyDepth() {
    String code = "T." + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<Map<String, Object>> created =
        add(
            "admin",
            Map.of(
                "code", code, "name", "Bộ phận một cửa thôn Đông", "parentCode", "000.00.01.H99"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(
            identity
                .createGroupQuery()
                .groupIdIn(code + ":reception", code + ":supervisor")
                .count())
        .isEqualTo(2);
    assertThat(identity.createGroupQuery().groupId(code + ":leader").singleResult().getName())
        .isEqualTo("Lãnh đạo – Bộ phận một cửa thôn Đông");

    List<Map<String, Object>> tree =
        http.withBasicAuth("hotich.hoaphu", PASSWORD)
            .exchange("/api/agencies", HttpMethod.GET, null, LIST)
            .getBody();
    Map<String, Object> province =
        tree.stream().filter(n -> "000.00.00.H99".equals(n.get("code"))).findFirst().orElseThrow();
    Map<String, Object> anBinh =
        ((List<Map<String, Object>>) province.get("children"))
            .stream().filter(n -> "000.00.01.H99".equals(n.get("code"))).findFirst().orElseThrow();
    assertThat((List<Map<String, Object>>) anBinh.get("children"))
        .extracting(n -> n.get("code"))
        .contains(code);

    assertThat(add("admin", Map.of("code", code, "name", "Lặp lại")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void onlyAdministratorsAddAndBadAgenciesAreProblems() {
    assertThat(add("chutich.anbinh", Map.of("code", "X.1", "name", "Không được")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> orphan =
        add("admin", Map.of("code", "X.2", "name", "Mồ côi", "parentCode", "999.99.99.X00"));
    assertThat(orphan.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((String) orphan.getBody().get("detail")).contains("999.99.99.X00");
    assertThat(add("admin", Map.of("code", "bad code!", "name", "Sai mã")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(add("admin", Map.of("code", "X.3")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private ResponseEntity<Map<String, Object>> add(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange("/api/agencies", HttpMethod.POST, new HttpEntity<>(body), JSON);
  }
}
