package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.ModelerDeployments;

/**
 * An administrator deploying through {@code /engine-rest/deployment/create} (as Camunda Modeler
 * does) cannot run code on the server: the exploit of issue 18 inside a copy of a real procedure,
 * and its variants, are refused with 400 naming the element, nothing is deployed and the command
 * never runs; oversized, non-XML, DOCTYPE and billion-laughs uploads are 400 too, never 500.
 */
@IntegrationTest
class DeploymentSafetyIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String DEPLOYMENT = "safety-test";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @LocalServerPort int port;

  private Path marker;
  private long deploymentsBefore;
  private long definitionsBefore;

  @BeforeEach
  void countDeployments() throws IOException {
    marker = Files.createTempDirectory("motcua-safety").resolve("pwned");
    deploymentsBefore = repository.createDeploymentQuery().count();
    definitionsBefore = repository.createProcessDefinitionQuery().count();
  }

  @AfterEach
  void nothingWasDeployed() {
    assertThat(repository.createDeploymentQuery().deploymentName(DEPLOYMENT).count()).isZero();
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitionsBefore);
  }

  @Test
  void theExploitInARealProcedureIsRefusedNamingTheTaskAndNeverRuns() throws Exception {
    String exploit =
        "${&quot;&quot;.getClass().forName(&quot;java.lang.Runtime&quot;)"
            + ".getMethod(&quot;getRuntime&quot;).invoke(null)"
            + ".exec(&quot;touch "
            + marker
            + "&quot;)}";
    ResponseEntity<Map<String, Object>> response =
        deploy(withServiceTask("camunda:expression=\"" + exploit + "\""));

    assertRefused(response, "Task_Injected", "getClass");
    // The next intake runs the procedure already deployed, not the refused one.
    ResponseEntity<Map<String, Object>> intake =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(intake.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Thread.sleep(300); // a spawned touch would have finished by now
    assertThat(marker).doesNotExist();
  }

  @Test
  void variantsOfTheExploitAreRefused() throws IOException {
    assertRefused(
        deploy(withServiceTask("camunda:expression=\"${''['cla'.concat('ss')]}\"")),
        "Task_Injected",
        "concat");
    assertRefused(
        deploy(withServiceTask("camunda:expression=\"${agency.getClass()}\"")),
        "Task_Injected",
        "getClass");
    assertRefused(
        deploy(withServiceTask("camunda:delegateExpression=\"${dataSource}\"")),
        "Task_Injected",
        "dataSource");
    assertRefused(
        deploy(withServiceTask("camunda:class=\"java.lang.ProcessBuilder\"")),
        "Task_Injected",
        "class");
    String script =
        birthRegistration()
            .replaceFirst(
                "<bpmn:startEvent",
                "<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"juel\"><bpmn:script>"
                    + "\\${''.getClass()}</bpmn:script></bpmn:scriptTask><bpmn:startEvent");
    assertRefused(deploy(script), "Task_Script", "script");
  }

  @Test
  void malformedDeploymentsAreRefusedWith400() throws IOException {
    assertRefused(deploy("this is not XML { }"), "processes/birth-registration.bpmn", "XML");
    String external =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;"
            + "</bpmn:definitions>";
    assertRefused(deploy(external), "processes/birth-registration.bpmn", "DOCTYPE");
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [");
    laughs.append("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      laughs.append("<!ENTITY lol%d \"%s\">".formatted(i, ("&lol" + (i - 1) + ";").repeat(10)));
    }
    laughs.append("]><lolz>&lol9;</lolz>");
    assertRefused(deploy(laughs.toString()), "processes/birth-registration.bpmn", "DOCTYPE");
    String misplaced = // a task before the process's documentation: well-formed, not BPMN
        birthRegistration()
            .replaceFirst(
                "(<bpmn:process id=\"birth-registration\"[^>]*>)",
                "$1<bpmn:userTask id=\"Task_Early\" />");
    assertRefused(deploy(misplaced), "processes/birth-registration.bpmn", "lược đồ");
  }

  @Test
  void aResourceAboveTheLimitIsRefused() throws IOException {
    String padding = "<!--" + "x".repeat(6 * 1024 * 1024) + "-->";
    String big = birthRegistration().replaceFirst("(<bpmn:definitions)", padding + "$1");
    assertRefused(deploy(big), "processes/birth-registration.bpmn", "quá lớn");
  }

  @Test
  void a200MegabyteUploadIsRefusedBeforeItIsRead() throws IOException {
    long declared = 200L * 1024 * 1024;
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(headers("Content-Length: " + declared).getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[1024 * 1024]); // 1 of the 200 MB: the answer comes without the rest
      out.flush();
      assertProblem(socket.getInputStream());
    }
  }

  @Test
  void aChunkedUploadIsRefusedOnceItPassesTheLimit() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(headers("Transfer-Encoding: chunked").getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[1024 * 1024];
      for (int i = 0; i < 21; i++) { // 21 MB, streamed: the limit is 20 MB
        out.write("%x\r\n".formatted(chunk.length).getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertProblem(socket.getInputStream());
    }
  }

  private String headers(String length) {
    String basic =
        Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return "POST /engine-rest/deployment/create HTTP/1.1\r\n"
        + "Host: 127.0.0.1:"
        + port
        + "\r\nAuthorization: Basic "
        + basic
        + "\r\nAccept-Language: en\r\n"
        + "Content-Type: multipart/form-data; boundary=xyz\r\n"
        + length
        + "\r\n\r\n";
  }

  /** Reads one response (head, then Content-Length bytes): the server need not close. */
  private static void assertProblem(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      assertThat(b).as("response head").isNotNegative();
      head.append((char) b);
    }
    Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    assertThat(length.find()).as("Content-Length in " + head).isTrue();
    String body =
        new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
    assertThat(head.toString()).startsWith("HTTP/1.1 400").contains("application/problem+json");
    assertThat(body)
        .contains("\"title\":\"Deployment too large\"")
        .contains("nothing was deployed");
  }

  @SuppressWarnings("unchecked")
  private static void assertRefused(
      ResponseEntity<Map<String, Object>> response, String element, String reason) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // a problem detail (web.internal.EngineRestProblems) that keeps Camunda's fields for Modeler
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(response.getBody())
        .containsEntry("status", 400)
        .containsEntry("title", "Yêu cầu không hợp lệ")
        .containsEntry("detail", response.getBody().get("message"))
        .containsKey("type");
    assertThat((String) response.getBody().get("message")).contains(element, reason);
    Map<String, Object> details = (Map<String, Object>) response.getBody().get("details");
    assertThat(details).isNotNull();
    assertThat(details.toString()).contains("mainElementId=" + element);
  }

  private static String withServiceTask(String attributes) throws IOException {
    return birthRegistration()
        .replaceFirst(
            "<bpmn:startEvent",
            "<bpmn:serviceTask id=\"Task_Injected\" name=\"Tiện ích\" "
                + attributes.replace("$", "\\$")
                + " /><bpmn:startEvent");
  }

  private ResponseEntity<Map<String, Object>> deploy(String bpmn) {
    return ModelerDeployments.deploy(
        http, "admin", DEPLOYMENT, "processes/birth-registration.bpmn", bpmn);
  }

  private static String birthRegistration() throws IOException {
    return Files.readString(Path.of("processes", "birth-registration.bpmn"));
  }
}
