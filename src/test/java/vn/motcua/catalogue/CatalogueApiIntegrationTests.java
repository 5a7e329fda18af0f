package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.IntegrationTest;

/** The public catalogue lists every procedure's latest version with the metadata of its BPMN. */
@IntegrationTest
class CatalogueApiIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;

  @Test
  @SuppressWarnings("unchecked")
  void anyoneReadsTheCatalogueWithoutLoggingIn() {
    ResponseEntity<List<Map<String, Object>>> all =
        http.exchange("/api/procedures", HttpMethod.GET, null, JSON_LIST);
    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> birth =
        all.getBody().stream()
            .filter(p -> "birth-registration".equals(p.get("key")))
            .findFirst()
            .orElseThrow();
    assertThat(birth)
        .containsEntry("code", "1.001193")
        .containsEntry("name", "Đăng ký khai sinh")
        .containsEntry("field", "Hộ tịch")
        .containsEntry("onlineServiceLevel", "FULL")
        .containsEntry("supplementClockRule", "RESTART")
        .containsEntry("legalTime", Map.of("workingDays", 0, "sameDayCutoff", "15:00"));
    assertThat((List<String>) birth.get("requiredDocuments")).hasSize(3);
    assertThat((List<Map<String, Object>>) birth.get("steps"))
        .extracting(step -> step.get("id") + "/" + step.get("role") + "/" + step.get("budget"))
        .containsExactly(
            "Task_Reception/reception/PT1H",
            "Task_Appraisal/specialist/PT4H",
            "Task_Approval/leader/PT2H",
            "Task_ResultReturn/reception/PT1H");
    assertThat(all.getBody()).allSatisfy(p -> assertThat(p.get("code")).isNotNull());
  }

  @Test
  void oneProcedureByKeyOrA404() {
    ResponseEntity<Map<String, Object>> one =
        http.exchange("/api/procedures/birth-registration", HttpMethod.GET, null, JSON);
    assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(one.getBody()).containsEntry("key", "birth-registration");
    ResponseEntity<Map<String, Object>> none =
        http.exchange("/api/procedures/no-such-procedure", HttpMethod.GET, null, JSON);
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(none.getBody()).containsEntry("title", "Thủ tục không tồn tại");
  }
}
