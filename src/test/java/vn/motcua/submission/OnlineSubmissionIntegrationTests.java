package vn.motcua.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.RawHttp;

/**
 * A citizen proves an e-mail address with a one-time code (GreenMail) and submits a birth
 * registration online: the code works once, expires, is locked by five wrong tries, is
 * rate-limited; the dossier is SUBMITTED with its scan; a missing field, a duplicate and a missing
 * proof are refused and store nothing.
 */
@IntegrationTest
class OnlineSubmissionIntegrationTests {

  private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 14, 9, 0);
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Value("${spring.mail.port}")
  int smtpPort;

  private GreenMail smtp;
  private final String email =
      "dan" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.vn";
  private final String idNumber =
      "0020" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);

  @BeforeEach
  void startSmtp() {
    DemoData.setClock(NINE);
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
    DemoData.resetClock();
  }

  @Test
  void aCodeSentByEmailWorksOnceThenNoMore() throws Exception {
    ResponseEntity<Map> sent = sendCode("EMAIL", email);
    assertThat(sent.getStatusCode().value()).isEqualTo(202);
    assertThat(sent.getBody().toString()).doesNotContain(email);
    String code = codeFromMail(email);
    assertThat(
            jdbc.sql("select count(*) from submission_otp where code_hash = ?")
                .param(code)
                .query(Long.class)
                .single())
        .as("only a hash of the code is stored")
        .isZero();

    ResponseEntity<Map> first = verify(email, code);
    assertThat(first.getStatusCode().value()).isEqualTo(200);
    assertThat((String) first.getBody().get("proof")).startsWith("v1.EMAIL.");

    ResponseEntity<Map> second = verify(email, code);
    assertThat(second.getStatusCode().value()).isEqualTo(400);
    assertThat(second.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(second.getBody().get("title")).isEqualTo("Mã xác minh không đúng hoặc đã hết hạn");
  }

  @Test
  void aCodeExpiresAfterTenMinutesOfTheEngineClock() throws Exception {
    sendCode("EMAIL", email);
    String code = codeFromMail(email);
    DemoData.setClock(NINE.plusMinutes(10).plusSeconds(1));
    assertThat(verify(email, code).getStatusCode().value()).isEqualTo(400);
    DemoData.setClock(NINE);
    assertThat(verify(email, code).getStatusCode().value())
        .as("back within its time it works: the refusal was the expiry, not the code")
        .isEqualTo(200);
  }

  @Test
  void fiveWrongTriesLockTheCodeEvenForTheRightOne() throws Exception {
    sendCode("EMAIL", email);
    String code = codeFromMail(email);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 1; i <= 4; i++) {
      ResponseEntity<Map> refused = verify(email, wrong);
      assertThat(refused.getStatusCode().value()).isEqualTo(400);
      assertThat(refused.getBody().get("triesLeft")).isEqualTo(5 - i);
    }
    ResponseEntity<Map> fifth = verify(email, wrong);
    assertThat(fifth.getBody().get("locked")).isEqualTo(true);
    ResponseEntity<Map> right = verify(email, code);
    assertThat(right.getStatusCode().value()).isEqualTo(400);
    assertThat(right.getBody().get("locked")).isEqualTo(true);
    assertThat(right.getBody()).doesNotContainKey("proof");
  }

  @Test
  void codesAreRateLimitedPerAddressAndPerClient() throws Exception {
    String phone = "09" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    for (int i = 0; i < 5; i++) {
      assertThat(sendCode("SMS", phone).getStatusCode().value()).isEqualTo(202);
    }
    ResponseEntity<Map> sixth = sendCode("SMS", phone);
    assertThat(sixth.getStatusCode().value()).isEqualTo(429);
    assertThat(sixth.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    assertThat(sixth.getBody().get("purpose")).isEqualTo("otp-address");

    // another client (127.0.0.9): 30 codes a minute to different numbers, the 31st refused
    RawHttp client = RawHttp.from(port, "127.0.0.9");
    for (int i = 0; i < 30; i++) {
      String number = "08" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
      assertThat(
              client
                  .send(
                      "POST",
                      "/api/public/otp",
                      List.of("Content-Type: application/json"),
                      json("SMS", number))
                  .status())
          .isEqualTo(202);
    }
    RawHttp.Response refused =
        client.send(
            "POST",
            "/api/public/otp",
            List.of("Content-Type: application/json"),
            json("SMS", "0811111111"));
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body()).contains("\"purpose\":\"otp\"");
  }

  @Test
  void aSubmissionWithAPdfCreatesASubmittedDossierWithItsScan() throws Exception {
    String proof = proof();
    ResponseEntity<Map> created = submit(body(proof, birthData()), pdf());
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String code = (String) created.getBody().get("code");
    assertThat(code).startsWith(DemoData.AN_BINH + "-");
    assertThat(created.getBody().get("status")).isEqualTo("SUBMITTED");
    String token = (String) created.getBody().get("statusToken");
    assertThat(created.getBody().get("statusUrl")).isEqualTo("/status/" + code + "?t=" + token);

    Map<String, Object> row =
        jdbc.sql("select channel, status, received_by from dossier where code = ?")
            .param(code)
            .query()
            .singleRow();
    assertThat(row).containsEntry("channel", "ONLINE").containsEntry("status", "SUBMITTED");
    assertThat((String) row.get("received_by")).startsWith("citizen:").doesNotContain(email);
    List<Map<String, Object>> documents =
        jdbc.sql("select kind, media_type, uploaded_by from attachment where dossier_code = ?")
            .param(code)
            .query()
            .listOfRows();
    assertThat(documents)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d)
                  .containsEntry("kind", "D2")
                  .containsEntry("media_type", "application/pdf");
              assertThat((String) d.get("uploaded_by")).startsWith("citizen:");
            });

    assertThat(http.getForEntity("/status/" + code + "?t=" + token, String.class).getBody())
        .contains(code);
    ResponseEntity<String> ack =
        http.getForEntity((String) created.getBody().get("acknowledgementUrl"), String.class);
    assertThat(ack.getBody()).contains(code, "giay-chung-sinh.pdf");
    ResponseEntity<byte[]> qr =
        http.getForEntity((String) created.getBody().get("qrUrl"), byte[].class);
    assertThat(qr.getHeaders().getContentType().isCompatibleWith(MediaType.IMAGE_PNG)).isTrue();
    assertThat(new String(qr.getBody(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PNG");
    assertThat(
            http.getForEntity("/public/submissions/" + code + "?t=AAAAAAAAAA", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(404);

    ResponseEntity<Map> again = submit(body(proof, birthData()), pdf());
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getBody().get("earlierCode")).isEqualTo(code);
    assertThat((String) again.getBody().get("detail")).contains(code);

    DemoData.setClock(NINE.plusMinutes(10).plusSeconds(1));
    assertThat(submit(body(proof(), birthData()), pdf()).getStatusCode().value())
        .as("after ten minutes it is a new dossier")
        .isEqualTo(201);
  }

  /**
   * Province-wide reception online (Decree 118/2025/NĐ-CP Art. 18, 28): filed at An Bình's desk for
   * a Hòa Phú resident, the dossier is Hòa Phú's, with Hòa Phú's code; An Bình's desk receives it.
   */
  @Test
  @SuppressWarnings("unchecked")
  void filedAtAnBinhForAHoaPhuResidentTheDossierGetsHoaPhusCode() throws Exception {
    // what the page shows: the communes to choose from, and who resolves it
    ResponseEntity<Map> route =
        http.getForEntity(
            "/api/public/routing?procedure=birth-registration&agency="
                + DemoData.AN_BINH
                + "&commune="
                + DemoData.HOA_PHU,
            Map.class);
    assertThat(route.getStatusCode().value()).isEqualTo(200);
    assertThat(route.getBody())
        .containsEntry("competence", "commune-of-residence")
        .containsEntry("communeBased", true)
        .containsEntry("commune", DemoData.HOA_PHU);
    assertThat((List<Map<String, Object>>) route.getBody().get("communes"))
        .extracting(c -> c.get("code"))
        .contains(DemoData.AN_BINH, DemoData.HOA_PHU);
    assertThat((Map<String, Object>) route.getBody().get("resolving"))
        .containsEntry("code", DemoData.HOA_PHU)
        .containsEntry("name", "UBND phường Hòa Phú");
    assertThat(
            http.getForEntity(
                    "/api/public/routing?procedure=judicial-record-certificate&agency="
                        + DemoData.AN_BINH,
                    Map.class)
                .getBody())
        .containsEntry("communeBased", false)
        .containsEntry("communes", List.of());
    assertThat(
            http.getForEntity("/public/procedures/birth-registration/submit", String.class)
                .getBody())
        .contains("id=\"commune\"", "/js/public/submission.js");

    String proof = proof();
    Map<String, Object> body = body(proof, birthData());
    body.put("commune", DemoData.HOA_PHU);
    ResponseEntity<Map> created = submit(body, pdf());
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String code = (String) created.getBody().get("code");
    assertThat(code).startsWith(DemoData.HOA_PHU + "-");
    assertThat(
            jdbc.sql(
                    "select receiving_agency, resolving_agency, status from dossier where code = ?")
                .param(code)
                .query()
                .singleRow())
        .containsEntry("receiving_agency", DemoData.AN_BINH)
        .containsEntry("resolving_agency", DemoData.HOA_PHU)
        .containsEntry("status", "SUBMITTED");

    // a commune that is not an agency: refused, nothing stored
    long before = dossiers();
    Map<String, Object> unknown =
        body(
            proof,
            Map.of(
                "childName",
                "Nguyễn Văn Cường",
                "childBirthDate",
                "2026-11-21",
                "childSex",
                "MALE"));
    unknown.put("commune", "999.99.99.H99");
    ResponseEntity<Map> refused = submit(unknown, pdf());
    assertThat(refused.getStatusCode().value()).as(String.valueOf(refused)).isEqualTo(422);
    assertThat(refused.getBody()).containsEntry("agency", "999.99.99.H99");
    assertThat(dossiers()).isEqualTo(before);
  }

  @Test
  void aDuplicateFromAnotherContactIsToldOnlyThatItWasSubmitted() throws Exception {
    assertThat(submit(body(proof(), birthData()), pdf()).getStatusCode().value()).isEqualTo(201);
    String other = "khac" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.vn";
    sendCode("EMAIL", other);
    String otherProof = (String) verify(other, codeFromMail(other)).getBody().get("proof");
    Map<String, Object> body = body(otherProof, birthData());
    @SuppressWarnings("unchecked")
    Map<String, Object> applicant = new HashMap<>((Map<String, Object>) body.get("applicant"));
    applicant.put("email", other);
    body.put("applicant", applicant);
    ResponseEntity<Map> refused = submit(body, pdf());
    assertThat(refused.getStatusCode().value()).isEqualTo(409);
    assertThat(refused.getBody()).doesNotContainKey("earlierCode");
    assertThat((String) refused.getBody().get("detail")).doesNotContain(DemoData.AN_BINH);
  }

  @Test
  void aMissingRequiredFieldIsNamedByItsLabelAndNothingIsStored() throws Exception {
    Map<String, Object> data = new HashMap<>(birthData());
    data.remove("childName");
    long before = dossiers();
    ResponseEntity<Map> refused = submit(body(proof(), data), pdf());
    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(refused.getBody().toString())
        .contains("data.childName", "Họ, chữ đệm và tên người được khai sinh");
    assertThat(dossiers()).isEqualTo(before);
    assertThat(
            jdbc.sql("select count(*) from submission_fingerprint where id_number = ?")
                .param(idNumber)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aSubmissionWithoutProofIsRefusedWithAProblem() throws Exception {
    long before = dossiers();
    ResponseEntity<Map> refused = submit(body(null, birthData()), pdf());
    assertThat(refused.getStatusCode().value()).isEqualTo(401);
    assertThat(refused.getBody().get("title")).isEqualTo("Chưa xác minh liên lạc");
    ResponseEntity<Map> forged = submit(body("v1.EMAIL.eA.9999999999.c2ln", birthData()), pdf());
    assertThat(forged.getStatusCode().value()).isEqualTo(401);
    assertThat(dossiers()).isEqualTo(before);
  }

  // ---------- helpers ----------

  private long dossiers() {
    return jdbc.sql("select count(*) from dossier where applicant_id_number = ?")
        .param(idNumber)
        .query(Long.class)
        .single();
  }

  private String proof() throws Exception {
    sendCode("EMAIL", email);
    return (String) verify(email, codeFromMail(email)).getBody().get("proof");
  }

  private ResponseEntity<Map> sendCode(String channel, String address) {
    return http.postForEntity(
        "/api/public/otp", Map.of("channel", channel, "address", address), Map.class);
  }

  private ResponseEntity<Map> verify(String address, String code) {
    return http.postForEntity(
        "/api/public/otp/verify", Map.of("address", address, "code", code), Map.class);
  }

  private static String json(String channel, String address) {
    return "{\"channel\":\"" + channel + "\",\"address\":\"" + address + "\"}";
  }

  /** The code of the newest e-mail to {@code address}. */
  private String codeFromMail(String address) throws Exception {
    MimeMessage found = null;
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().equals(address)) {
        found = m;
      }
    }
    assertThat(found).as("an e-mail to " + address).isNotNull();
    Matcher m = CODE.matcher(GreenMailUtil.getBody(found));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private Map<String, Object> birthData() {
    return Map.of(
        "childName", "Nguyễn Thị Bình",
        "childBirthDate", "2026-11-20",
        "childSex", "FEMALE");
  }

  private Map<String, Object> body(String proof, Map<String, Object> data) {
    Map<String, Object> body = new HashMap<>();
    body.put("procedure", "birth-registration");
    body.put("agency", DemoData.AN_BINH);
    body.put(
        "applicant", Map.of("fullName", "Nguyễn Văn Dân", "idNumber", idNumber, "email", email));
    body.put("data", data);
    if (proof != null) {
      body.put("proof", proof);
    }
    return body;
  }

  private ResponseEntity<Map> submit(Map<String, Object> body, byte[] pdf) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("submission", new HttpEntity<>(body, json));
    HttpHeaders file = new HttpHeaders();
    file.setContentType(MediaType.APPLICATION_PDF);
    parts.add(
        "document.D2",
        new HttpEntity<>(
            new ByteArrayResource(pdf) {
              @Override
              public String getFilename() {
                return "giay-chung-sinh.pdf";
              }
            },
            file));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.postForEntity(
        "/api/public/submissions", new HttpEntity<>(parts, headers), Map.class);
  }

  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
