package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.motcua.IntegrationTest;

/**
 * Camunda's REST errors come back as problem details that keep Camunda's fields, and a call naming
 * a task that does not exist is the caller's error (404), not Camunda's 500.
 */
@IntegrationTest
class EngineRestProblemsIntegrationTests {

  @Autowired TestRestTemplate http;

  @Test
  void aTaskThatDoesNotExistIsNotFoundNotAServerError() {
    for (String action : new String[] {"claim", "complete"}) {
      ResponseEntity<Map<String, Object>> response =
          http.withBasicAuth("admin", PASSWORD)
              .exchange(
                  "/engine-rest/task/no-such-task/" + action,
                  HttpMethod.POST,
                  new HttpEntity<>(Map.of("userId", "admin")),
                  new ParameterizedTypeReference<Map<String, Object>>() {});
      assertThat(response.getStatusCode()).as(action).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(
              response
                  .getHeaders()
                  .getContentType()
                  .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .isTrue();
      assertThat(response.getBody())
          .containsEntry("status", 404)
          .containsEntry("title", "Không tìm thấy")
          .containsEntry("detail", response.getBody().get("message"));
      assertThat((String) response.getBody().get("message")).contains("no-such-task");
    }
  }
}
