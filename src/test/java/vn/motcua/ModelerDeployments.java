package vn.motcua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Deploys as Camunda Modeler does: one BPMN file alone, multipart to {@code POST
 * /engine-rest/deployment/create} with Basic authentication, a deployment name and the source
 * {@code Camunda Modeler}.
 */
public final class ModelerDeployments {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  private ModelerDeployments() {}

  public static ResponseEntity<Map<String, Object>> deploy(
      TestRestTemplate http, String user, String deploymentName, String fileName, String bpmn) {
    return deploy(http, user, deploymentName, fileName, bpmn, Map.of());
  }

  /** As {@link #deploy}, with more files (file name to text), as Modeler attaches forms. */
  public static ResponseEntity<Map<String, Object>> deploy(
      TestRestTemplate http,
      String user,
      String deploymentName,
      String fileName,
      String bpmn,
      Map<String, String> files) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", deploymentName);
    body.add("deployment-source", "Camunda Modeler");
    body.add("enable-duplicate-filtering", "true");
    body.add("data", file(fileName, bpmn));
    files.forEach((name, text) -> body.add(name, file(name, text)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, DemoData.PASSWORD)
        .exchange(
            "/engine-rest/deployment/create",
            HttpMethod.POST,
            new HttpEntity<>(body, headers),
            JSON);
  }

  private static ByteArrayResource file(String name, String text) {
    return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  /** The text of a procedure's BPMN in {@code processes/}. */
  public static String procedure(String key) {
    try {
      return Files.readString(Path.of("processes", key + ".bpmn"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
