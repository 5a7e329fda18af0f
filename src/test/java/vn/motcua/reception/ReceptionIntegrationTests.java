package vn.motcua.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.dossier.StatusLinks;

/**
 * The reception desk's intake in one call: the dossier with its data and checklist, the decision
 * (receive, request completion, refuse) and the papers it gives; bad input stores nothing.
 */
@IntegrationTest
class ReceptionIntegrationTests {

  static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};
  static final String OFFICER = "tiepnhan.anbinh";

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired StatusLinks links;

  @BeforeEach
  void duringOfficeHours() {
    DemoData.setClock(LocalDateTime.of(2026, 12, 8, 9, 0));
  }

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  static Map<String, Object> intake(String decision, String idNumber, String... received) {
    Map<String, Object> body = new HashMap<>();
    body.put("procedure", "birth-registration");
    body.put("agency", AN_BINH);
    body.put("channel", "COUNTER");
    body.put(
        "applicant",
        Map.of(
            "fullName", "Nguyễn Văn An",
            "idNumber", idNumber,
            "phone", "0912345678",
            "address", "Thôn Đông, xã An Bình"));
    body.put(
        "data",
        Map.of(
            "childName", "Nguyễn Thị Bình",
            "childBirthDate", "2026-11-20",
            "childSex", "FEMALE",
            "fatherName", "Nguyễn Văn An"));
    body.put(
        "checklist",
        List.of(
            Map.of("kind", "D1", "received", received[0], "count", 1),
            Map.of("kind", "D2", "received", received[1], "count", 1),
            Map.of("kind", "D3", "received", received[2], "count", 1)));
    body.put("decision", decision);
    if (!decision.equals("RECEIVE")) {
      body.put("reason", "Thiếu giấy chứng sinh");
    }
    return body;
  }

  ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange("/api/reception", HttpMethod.POST, new HttpEntity<>(body), JSON);
  }

  Map<String, Object> dossier(String code) {
    return http.withBasicAuth(OFFICER, PASSWORD)
        .exchange("/api/dossiers/" + code, HttpMethod.GET, null, JSON)
        .getBody();
  }

  String paper(String code, String form) {
    ResponseEntity<String> html =
        http.withBasicAuth(OFFICER, PASSWORD)
            .getForEntity(
                "/api/dossiers/" + code + "/papers/" + form + "?format=html", String.class);
    assertThat(html.getStatusCode()).as("paper " + form).isEqualTo(HttpStatus.OK);
    return html.getBody();
  }

  long dossiers() {
    return jdbc.sql("select count(*) from dossier").query(Long.class).single();
  }

  @Test
  @SuppressWarnings("unchecked")
  void receivingMovesTheDossierOnAndKeepsDataAndChecklist() {
    ResponseEntity<Map<String, Object>> received =
        post(OFFICER, intake("RECEIVE", "001090000101", "ORIGINAL", "ORIGINAL", "COPY"));
    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) received.getBody().get("code");
    assertThat(received.getBody()).containsEntry("status", "IN_PROGRESS");
    assertThat((List<Map<String, Object>>) received.getBody().get("papers"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .containsEntry("form", "01")
                    .containsEntry("pdf", "/api/dossiers/" + code + "/papers/01?format=pdf"));
    Map<String, Object> dossier = dossier(code);
    assertThat((Map<String, Object>) dossier.get("data"))
        .containsEntry("childName", "Nguyễn Thị Bình")
        .containsEntry("childBirthDate", "2026-11-20");
    assertThat((List<Map<String, Object>>) dossier.get("checklist"))
        .extracting(i -> i.get("kind") + "/" + i.get("received") + "/" + i.get("name"))
        .containsExactly(
            "D1/ORIGINAL/Tờ khai đăng ký khai sinh theo mẫu",
            "D2/ORIGINAL/Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh",
            "D3/COPY/Giấy tờ tùy thân của người đi đăng ký khai sinh");
    assertThat((List<Map<String, Object>>) dossier.get("history"))
        .anySatisfy(e -> assertThat(e).containsEntry("actor", OFFICER));
  }

  @Test
  @SuppressWarnings("unchecked")
  void anIdentityPaperShownIsReceivedAndStoredAsShownAndAnUnknownMarkIsAProblem() {
    ResponseEntity<Map<String, Object>> received =
        post(OFFICER, intake("RECEIVE", "001090000111", "ORIGINAL", "COPY", "SHOWN"));
    assertThat(received.getStatusCode()).as("%s", received.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(received.getBody()).containsEntry("status", "IN_PROGRESS");
    String code = (String) received.getBody().get("code");
    assertThat((List<Map<String, Object>>) dossier(code).get("checklist"))
        .extracting(i -> i.get("kind") + "/" + i.get("received") + "/" + i.get("count"))
        .containsExactly("D1/ORIGINAL/1", "D2/COPY/1", "D3/SHOWN/1");

    long before = dossiers();
    Map<String, Object> unknown = intake("RECEIVE", "001090000112", "ORIGINAL", "COPY", "SHOWED");
    ResponseEntity<Map<String, Object>> unreadable = post(OFFICER, unknown);
    assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) unreadable.getBody().get("errors"))
        .extracting(e -> (String) e.get("field"))
        .containsExactly("checklist[2].received");

    // a paper shown is one paper at least, like one handed in
    Map<String, Object> noneShown = intake("RECEIVE", "001090000112", "ORIGINAL", "COPY", "SHOWN");
    noneShown.put(
        "checklist",
        List.of(
            Map.of("kind", "D1", "received", "ORIGINAL", "count", 1),
            Map.of("kind", "D2", "received", "COPY", "count", 1),
            Map.of("kind", "D3", "received", "SHOWN", "count", 0)));
    ResponseEntity<Map<String, Object>> uncounted = post(OFFICER, noneShown);
    assertThat(uncounted.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((List<Map<String, Object>>) uncounted.getBody().get("errors"))
        .extracting(e -> (String) e.get("field"))
        .containsExactly("checklist[2].count");
    assertThat(dossiers()).isEqualTo(before);
  }

  @Test
  void refusingGivesForm03() {
    ResponseEntity<Map<String, Object>> refused =
        post(OFFICER, intake("REFUSE", "001090000102", "ORIGINAL", "ORIGINAL", "ORIGINAL"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(refused.getBody()).containsEntry("status", "REFUSED");
    String code = (String) refused.getBody().get("code");
    assertThat(paper(code, "03")).contains("Thiếu giấy chứng sinh");
  }

  @Test
  void requestingCompletionListsTheMissingDocumentsOnForm02() {
    ResponseEntity<Map<String, Object>> asked =
        post(
            OFFICER,
            intake("REQUEST_COMPLETION", "001090000103", "ORIGINAL", "MISSING", "ORIGINAL"));
    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(asked.getBody()).containsEntry("status", "AWAITING_SUPPLEMENT");
    String code = (String) asked.getBody().get("code");
    String form02 = paper(code, "02");
    assertThat(form02)
        .contains("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh")
        .contains("Thiếu giấy chứng sinh")
        .doesNotContain("Tờ khai đăng ký khai sinh theo mẫu</li>");
  }

  @Test
  @SuppressWarnings("unchecked")
  void badInputIsAProblemAndStoresNothing() {
    long before = dossiers();
    Map<String, Object> missingDocument =
        intake("RECEIVE", "001090000104", "ORIGINAL", "MISSING", "ORIGINAL");
    ResponseEntity<Map<String, Object>> refused = post(OFFICER, missingDocument);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((String) refused.getBody().get("detail")).contains("Giấy chứng sinh");

    Map<String, Object> badData = intake("RECEIVE", "001090000104", "ORIGINAL", "COPY", "COPY");
    badData.put("data", Map.of("childBirthDate", "20/11/2026", "shoeSize", 42));
    ResponseEntity<Map<String, Object>> invalid = post(OFFICER, badData);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((List<Map<String, Object>>) invalid.getBody().get("errors"))
        .extracting(e -> (String) e.get("message"))
        .anySatisfy(m -> assertThat(m).startsWith("Ngày, tháng, năm sinh:"))
        .anySatisfy(m -> assertThat(m).contains("shoeSize"))
        .anySatisfy(m -> assertThat(m).startsWith("Họ, chữ đệm và tên người được khai sinh:"));

    Map<String, Object> noReason = intake("REFUSE", "001090000104", "ORIGINAL", "COPY", "COPY");
    noReason.remove("reason");
    assertThat(post(OFFICER, noReason).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<Map<String, Object>> otherAgency =
        post("tiepnhan.hoaphu", intake("RECEIVE", "001090000104", "ORIGINAL", "COPY", "COPY"));
    assertThat(otherAgency.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(dossiers()).isEqualTo(before);
  }

  @Test
  @SuppressWarnings("unchecked")
  void earlierDossiersOfAnApplicantOnlyWithinAccess() {
    Map<String, Object> first = intake("RECEIVE", "001090000105", "ORIGINAL", "ORIGINAL", "COPY");
    String code = (String) post(OFFICER, first).getBody().get("code");
    ResponseEntity<List<Map<String, Object>>> mine =
        http.withBasicAuth(OFFICER, PASSWORD)
            .exchange("/api/applicants/001090000105/dossiers", HttpMethod.GET, null, JSON_LIST);
    assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
    // newest first; a rerun on the same database finds the earlier runs' dossiers after it
    assertThat(mine.getBody()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
    assertThat(mine.getBody().get(0)).containsEntry("code", code);
    assertThat(mine.getBody())
        .allSatisfy(
            d -> {
              assertThat(d).containsEntry("procedureName", "Đăng ký khai sinh");
              assertThat((Map<String, Object>) d.get("data"))
                  .containsEntry("childName", "Nguyễn Thị Bình");
              assertThat(d.get("applicant").toString()).contains("001090000105");
            });
    ResponseEntity<List<Map<String, Object>>> others =
        http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
            .exchange("/api/applicants/001090000105/dossiers", HttpMethod.GET, null, JSON_LIST);
    assertThat(others.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(others.getBody()).isEmpty();
    ResponseEntity<Map<String, Object>> malformed =
        http.withBasicAuth(OFFICER, PASSWORD)
            .exchange("/api/applicants/12ab/dossiers", HttpMethod.GET, null, JSON);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(HOA_PHU).isNotBlank();
  }

  @Test
  void receiptCarriesAQrCodeOfThePublicStatusLink() throws Exception {
    String code =
        (String)
            post(OFFICER, intake("RECEIVE", "001090000106", "ORIGINAL", "ORIGINAL", "COPY"))
                .getBody()
                .get("code");
    byte[] pdf =
        http.withBasicAuth(OFFICER, PASSWORD)
            .getForObject("/api/dossiers/" + code + "/papers/01?format=pdf", byte[].class);
    String link = qrText(pdf);
    assertThat(link).isEqualTo(links.link(code)).contains("/status/" + code + "?t=");
    assertThat(paper(code, "01")).contains("data:image/png;base64,").contains(link);

    String path = link.substring(link.indexOf("/status/"));
    ResponseEntity<String> page = http.getForEntity(path, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody())
        .contains("Đăng ký khai sinh")
        .contains("Đang giải quyết")
        .contains("An Bình")
        .doesNotContain("Nguyễn Văn An")
        .doesNotContain("001090000106");
    ResponseEntity<String> wrong =
        http.getForEntity("/status/" + code + "?t=AAAAAAAAAA", String.class);
    ResponseEntity<String> unknown =
        http.getForEntity("/status/000.00.01.H99-000000-9999?t=AAAAAAAAAA", String.class);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // the same answer, but for the language links repeating the address asked for
    String links = "href=\"[^\"]*lang=(vi|en)\"";
    assertThat(wrong.getBody().replaceAll(links, "$1"))
        .isEqualTo(unknown.getBody().replaceAll(links, "$1"));
  }

  @Test
  void startingAProcedureFromTasklistCreatesADossier() {
    Map<String, Object> variables = new HashMap<>();
    Map.of(
            "applicantName", "Trần Văn Cường",
            "applicantIdNumber", "001090000107",
            "childName", "Trần Thị Dung",
            "childBirthDate", "2026-11-25",
            "childSex", "FEMALE")
        .forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    ResponseEntity<Map<String, Object>> started =
        http.withBasicAuth(OFFICER, PASSWORD)
            .exchange(
                "/engine-rest/process-definition/key/birth-registration/submit-form",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables)),
                JSON);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String code = (String) started.getBody().get("businessKey");
    assertThat(code).startsWith(AN_BINH + "-");
    Map<String, Object> dossier = dossier(code);
    assertThat(dossier)
        .containsEntry("receivingAgency", AN_BINH)
        .containsEntry("channel", "COUNTER")
        .containsEntry("receivedBy", OFFICER);
    assertThat(dossier.get("data").toString()).contains("Trần Thị Dung").doesNotContain("Cường");
    assertThat(dossier.get("applicant").toString()).contains("Trần Văn Cường", "001090000107");

    long before = dossiers();
    variables.remove("childName");
    ResponseEntity<Map<String, Object>> incomplete =
        http.withBasicAuth(OFFICER, PASSWORD)
            .exchange(
                "/engine-rest/process-definition/key/birth-registration/submit-form",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables)),
                JSON);
    assertThat(incomplete.getStatusCode().is4xxClientError()).isTrue();
    ResponseEntity<Map<String, Object>> specialist =
        http.withBasicAuth("tuphap.anbinh", PASSWORD)
            .exchange(
                "/engine-rest/process-definition/key/birth-registration/submit-form",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables)),
                JSON);
    assertThat(specialist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(dossiers()).isEqualTo(before);
  }

  @Test
  @SuppressWarnings("unchecked")
  void multipartStoresTheScansWithTheirHashAndRefusesAFakeWithNothingStored() throws Exception {
    byte[] scan = pdf();
    ResponseEntity<Map<String, Object>> received =
        multipart(
            intake("RECEIVE", "001090000108", "ORIGINAL", "ORIGINAL", "SHOWN"),
            "document.D2",
            "giay-chung-sinh.pdf",
            scan);
    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((List<Map<String, Object>>) received.getBody().get("documents"))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d)
                    .containsEntry("kind", "D2")
                    .containsEntry(
                        "kindName", "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh")
                    .containsEntry("digitisedOriginal", true)
                    .containsEntry("uploadedBy", OFFICER)
                    .containsEntry(
                        "sha256",
                        java.util.HexFormat.of()
                            .formatHex(
                                java.security.MessageDigest.getInstance("SHA-256").digest(scan))));
    // the multipart form takes the mark "shown" like the JSON body
    assertThat(
            (List<Map<String, Object>>)
                dossier((String) received.getBody().get("code")).get("checklist"))
        .extracting(i -> i.get("received"))
        .containsExactly("ORIGINAL", "ORIGINAL", "SHOWN");

    long before = dossiers();
    ResponseEntity<Map<String, Object>> fake =
        multipart(
            intake("RECEIVE", "001090000109", "ORIGINAL", "ORIGINAL", "COPY"),
            "document.D2",
            "giay-chung-sinh.pdf",
            "this is not a PDF at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(fake.getStatusCode().is4xxClientError()).isTrue();
    assertThat(fake.getBody()).containsKey("title");
    assertThat(dossiers()).isEqualTo(before);
  }

  ResponseEntity<Map<String, Object>> multipart(
      Map<String, Object> dossier, String part, String fileName, byte[] content) {
    org.springframework.util.LinkedMultiValueMap<String, Object> body =
        new org.springframework.util.LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    body.add("dossier", new HttpEntity<>(dossier, json));
    HttpHeaders file = new HttpHeaders();
    file.setContentType(MediaType.APPLICATION_PDF);
    file.setContentDispositionFormData(part, fileName);
    body.add(part, new HttpEntity<>(content, file));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(OFFICER, PASSWORD)
        .exchange("/api/reception", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }

  static byte[] pdf() throws Exception {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** Renders the PDF's first page and decodes the QR code on it. */
  static String qrText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200);
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      BinaryBitmap bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      return new MultiFormatReader()
          .decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)))
          .getText();
    }
  }
}
