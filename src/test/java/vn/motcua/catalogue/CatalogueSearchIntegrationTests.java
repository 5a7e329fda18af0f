package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * The desk finds a procedure by name, code or field with or without diacritics, reads its checklist
 * and its start form.
 */
@IntegrationTest
class CatalogueSearchIntegrationTests {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;

  private List<Object> keys(String q) {
    ResponseEntity<List<Map<String, Object>>> found =
        http.exchange("/api/procedures?q={q}", HttpMethod.GET, null, JSON_LIST, q);
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    return found.getBody().stream().map(p -> p.get("key")).toList();
  }

  @Test
  void findsByNameCodeAndFieldWithAndWithoutDiacritics() {
    assertThat(keys("đăng ký khai sinh")).containsExactly("birth-registration");
    assertThat(keys("dang ky khai sinh")).containsExactly("birth-registration");
    assertThat(keys("DANG KY  KHAI SINH")).containsExactly("birth-registration");
    assertThat(keys("1.001193")).containsExactly("birth-registration");
    assertThat(keys("ho tich"))
        .contains("birth-registration", "marriage-registration")
        .doesNotContain("construction-permit-house");
    assertThat(keys("dat dai")).contains("land-use-certificate-first");
    assertThat(keys("khai sinh ket hon")).isEmpty();
    assertThat(keys("")).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  @SuppressWarnings("unchecked")
  void eachProcedureHasItsChecklistAndStartForm() throws Exception {
    Map<String, Object> birth = http.getForObject("/api/procedures/birth-registration", Map.class);
    assertThat((List<Map<String, Object>>) birth.get("checklist"))
        .extracting(d -> d.get("kind") + ": " + d.get("name"))
        .containsExactly(
            "D1: Tờ khai đăng ký khai sinh theo mẫu",
            "D2: Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh",
            "D3: Giấy tờ tùy thân của người đi đăng ký khai sinh");
    assertThat(birth).containsEntry("startForm", "birth-registration-intake");

    ResponseEntity<String> form =
        http.getForEntity("/api/procedures/birth-registration/start-form", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode json = new ObjectMapper().readTree(form.getBody());
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(16);
    assertThat(json.path("id").asText()).isEqualTo("birth-registration-intake");
    assertThat(json.findValuesAsText("key")).contains("childName", "childBirthDate", "childSex");

    ResponseEntity<Map> unknown =
        http.getForEntity("/api/procedures/no-such-procedure/start-form", Map.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("title", "Thủ tục không tồn tại");
  }
}
