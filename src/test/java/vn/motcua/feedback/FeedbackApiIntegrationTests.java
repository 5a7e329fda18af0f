package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.RawHttp;
import vn.motcua.dossier.StatusLinks;

/**
 * The feedback API's checks: a dossier proven only by its code with the receipt's token or the last
 * ID digits (a wrong proof answers exactly as an unknown code), problems per field in Vietnamese or
 * English, who sees which feedback (supervisors their subtree, other staff their own agency), the
 * forward with its reason, and the rate limit per client.
 */
@IntegrationTest
class FeedbackApiIntegrationTests {

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;
  @Autowired StatusLinks links;
  @LocalServerPort int port;

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aWrongProofIsRefusedExactlyAsAnUnknownCode() {
    FeedbackDriver feedback = new FeedbackDriver(http);
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 9, 0));
    String dossier = receive();
    ResponseEntity<Map<String, Object>> wrongDigits =
        feedback.submit(FeedbackDriver.body("DOSSIER", "dossierCode", dossier, "proof", "9999"));
    ResponseEntity<Map<String, Object>> wrongToken =
        feedback.submit(
            FeedbackDriver.body(
                "DOSSIER", "dossierCode", dossier, "proof", links.token(dossier + "X")));
    ResponseEntity<Map<String, Object>> unknown =
        feedback.submit(
            FeedbackDriver.body(
                "DOSSIER", "dossierCode", AN_BINH + "-261124-9999", "proof", "2345"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongDigits.getStatusCode()).isEqualTo(unknown.getStatusCode());
    assertThat(wrongToken.getStatusCode()).isEqualTo(unknown.getStatusCode());
    assertThat(unknown.getBody().get("errors"))
        .isEqualTo(
            List.of(
                Map.of(
                    "field",
                    "dossierCode",
                    "reason",
                    "dossier-unproven",
                    "message",
                    "Không tìm thấy hồ sơ với mã và mã xác minh (hoặc 4 số cuối giấy tờ) này.")));
    assertThat(wrongDigits.getBody().get("errors")).isEqualTo(unknown.getBody().get("errors"));
    assertThat(wrongToken.getBody().get("errors")).isEqualTo(unknown.getBody().get("errors"));
    assertThat(
            jdbc.sql("select count(*) from feedback where dossier_code = ?")
                .param(dossier)
                .query(Long.class)
                .single())
        .isZero();

    Map<String, Object> byToken =
        feedback.created(
            FeedbackDriver.body(
                "DOSSIER",
                "dossierCode",
                dossier,
                "proof",
                links.token(dossier),
                "kind",
                "CONDUCT"));
    String code = (String) byToken.get("code");
    assertThat(feedback.one("chutich.anbinh", code).getBody())
        .containsEntry("agency", AN_BINH)
        .containsEntry("kind", "CONDUCT")
        .containsEntry("dossierLink", "/dossiers/" + dossier)
        .containsEntry("senderEmail", "an.nguyen@example.vn");
    // the citizen's page: a wrong token answers as an unknown code
    ResponseEntity<Map<String, Object>> wrong = feedback.citizen(code, "AAAAAAAAAAAAAAAA");
    ResponseEntity<Map<String, Object>> none = feedback.citizen("PA-261124-ZZZZZZ", "x");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(wrong.getBody().get("detail")).isEqualTo(none.getBody().get("detail"));
    assertThat(feedback.citizen(code, (String) byToken.get("token")).getBody())
        .containsEntry("status", "ASSIGNED")
        .doesNotContainKey("content")
        .doesNotContainKey("senderEmail");
  }

  @Test
  @SuppressWarnings("unchecked")
  void problemsNameEachFieldInVietnameseOrEnglish() {
    FeedbackDriver feedback = new FeedbackDriver(http);
    ResponseEntity<Map<String, Object>> empty = feedback.submit(Map.of());
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).containsEntry("title", "Phản ánh, kiến nghị không hợp lệ");
    assertThat((List<Map<String, Object>>) empty.getBody().get("errors"))
        .extracting(e -> e.get("field"))
        .containsExactly("about", "kind", "content", "senderName", "email");

    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    Map<String, Object> tooLong =
        FeedbackDriver.body(
            "AGENCY",
            "agency",
            "000.99.99.H99",
            "content",
            "x".repeat(4001),
            "email",
            "nope",
            "phone",
            "12");
    ResponseEntity<Map<String, Object>> refused =
        http.exchange(
            "/api/public/feedback",
            HttpMethod.POST,
            new HttpEntity<>(tooLong, english),
            FeedbackDriver.JSON);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("title", "Invalid feedback");
    assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
        .extracting(e -> e.get("field") + ": " + e.get("message"))
        .containsExactly(
            "content: Content is longer than 4000 characters.",
            "email: E-mail is not a valid address.",
            "phone: Phone number is not a valid number (9 to 15 digits).",
            "agency: No such agency.");
    assertThat(
            feedback
                .submit(FeedbackDriver.body("PROCEDURE", "procedure", "no-such", "agency", AN_BINH))
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            feedback
                .submit(
                    FeedbackDriver.body(
                        "PROCEDURE", "procedure", "birth-registration", "agency", AN_BINH))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void supervisorsAboveSeeItAnotherCommuneDoesNotAndAForwardMovesIt() {
    FeedbackDriver feedback = new FeedbackDriver(http);
    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 10, 0));
    Map<String, Object> created =
        feedback.created(
            FeedbackDriver.body(
                "AGENCY",
                "agency",
                AN_BINH,
                "kind",
                "PROPOSAL",
                "email",
                null,
                "phone",
                "0912 345 678"));
    String code = (String) created.get("code");

    assertThat(feedback.codes("thanhtra.tinh", "")).contains(code);
    assertThat(feedback.codes("thanhtra.tinh", "agency=" + AN_BINH + "&status=ASSIGNED"))
        .contains(code);
    assertThat(feedback.codes("chutich.anbinh", "")).contains(code);
    assertThat(feedback.codes("hotich.anbinh", "")).contains(code);
    assertThat(feedback.codes("tiepnhan.hoaphu", "")).doesNotContain(code);
    assertThat(feedback.codes("chutich.hoaphu", "from=2026-11-25&to=2026-11-25"))
        .doesNotContain(code);
    assertThat(feedback.listStatus("tiepnhan.hoaphu", "agency=" + AN_BINH))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(feedback.one("tiepnhan.hoaphu", code).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(feedback.listStatus("thanhtra.tinh", "status=NOPE"))
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(feedback.one("hotich.anbinh", code).getBody())
        .containsEntry("mayAct", false)
        .doesNotContainKey("senderPhone");
    assertThat(feedback.one("vanphong.anbinh", code).getBody())
        .containsEntry("mayAct", true)
        .containsEntry("senderPhone", "0912345678");
    assertThat(
            jdbc.sql("select sender from feedback where code = ?")
                .param(code)
                .query(String.class)
                .single())
        .isEqualTo("citizen:09******78");

    assertThat(
            feedback
                .act("vanphong.anbinh", code, "forward", Map.of("agency", HOA_PHU))
                .getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    DemoData.setClock(LocalDateTime.of(2026, 11, 26, 10, 0));
    String reason = "Việc thuộc thẩm quyền của phường Hòa Phú";
    ResponseEntity<Map<String, Object>> forwarded =
        feedback.act(
            "vanphong.anbinh", code, "forward", Map.of("agency", HOA_PHU, "reason", reason));
    assertThat(forwarded.getStatusCode()).as("%s", forwarded.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(forwarded.getBody())
        .containsEntry("status", "FORWARDED")
        .containsEntry("agency", HOA_PHU)
        .containsEntry("forwards", 1);
    String instance =
        jdbc.sql("select process_instance_id from feedback where code = ?")
            .param(code)
            .query(String.class)
            .single();
    var task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(
            tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()))
                .map(IdentityLink::getGroupId))
        .containsExactlyInAnyOrder(HOA_PHU + ":leader", HOA_PHU + ":unit-head");
    // the answer time starts over at Hòa Phú: 10 working days from Thursday 26/11 10:00
    assertThat(task.getDueDate().toInstant())
        .isEqualTo(LocalDateTime.of(2026, 12, 10, 10, 0).atZone(DemoData.VIETNAM).toInstant());
    assertThat(feedback.codes("tiepnhan.hoaphu", "")).contains(code);
    assertThat(feedback.codes("chutich.anbinh", "")).doesNotContain(code);
    assertThat(feedback.codes("thanhtra.tinh", "status=FORWARDED")).contains(code);
    assertThat(feedback.citizen(code, (String) created.get("token")).getBody())
        .containsEntry("agency", "UBND phường Hòa Phú")
        .extractingByKey("forwards")
        .asList()
        .singleElement()
        .satisfies(
            f ->
                assertThat((Map<String, Object>) f)
                    .containsEntry("toAgency", "UBND phường Hòa Phú")
                    .containsEntry("reason", reason));
    assertThat(
            feedback
                .act("chutich.hoaphu", code, "answer", Map.of("answer", "Đã tiếp nhận, xử lý."))
                .getBody())
        .containsEntry("status", "ANSWERED");
  }

  @Test
  void theThirtyFirstSubmissionWithinAMinuteFromOneClientIsRefused() {
    // the engine clock stands still: no token comes back during the test
    DemoData.setClock(LocalDateTime.of(2026, 11, 27, 9, 0));
    RawHttp client = RawHttp.from(port, "127.0.0.3");
    List<String> json = List.of("Content-Type: application/json");
    for (int i = 0; i < 30; i++) {
      assertThat(client.send("POST", "/api/public/feedback", json, "{}").status())
          .as("request %d", i + 1)
          .isEqualTo(400);
    }
    RawHttp.Response refused = client.send("POST", "/api/public/feedback", json, "{}");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isPresent();
    assertThat(refused.body()).contains("Quá nhiều yêu cầu");
    // another client is not affected
    assertThat(
            RawHttp.from(port, "127.0.0.4")
                .send("POST", "/api/public/feedback", json, "{}")
                .status())
        .isEqualTo(400);
  }

  private String receive() {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                FeedbackDriver.JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }
}
