package vn.motcua.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;

/**
 * Scanned documents of a dossier through the API, on PostgreSQL: upload of each accepted type by
 * the desk and the processing side, content checked against the name (nothing stored on refusal),
 * another agency kept out, the SHA-256 of the bytes uploaded, stored and downloaded alike, the size
 * limit, and the audit trail's entry with the hash.
 */
@IntegrationTest
class AttachmentsIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final Instant MONDAY_NINE =
      LocalDateTime.of(2026, 11, 23, 9, 0).atZone(DemoData.VIETNAM).toInstant();

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired Attachments attachments;
  @Autowired TransactionTemplate transaction;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;

  private final List<String> received = new java.util.ArrayList<>();

  @BeforeEach
  void mondayMorning() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  }

  /** Leaves no open reception step behind, so that other tests' task lists stay short. */
  @AfterEach
  void refuseWhatIsStillAtReceptionAndResetClock() {
    for (String code : received) {
      if (tasks.createTaskQuery().processInstanceBusinessKey(code).count() > 0) {
        refuse(code);
      }
    }
    DemoData.resetClock();
  }

  private void refuse(String code) {
    Officials.work(
        tasks,
        forms,
        identity,
        "tiepnhan.anbinh",
        code,
        "Task_Reception",
        Map.of("receptionDecision", "REFUSE", "receptionNote", "Kết thúc dữ liệu kiểm thử"));
  }

  @Test
  void deskAndProcessingSideUploadPdfJpegAndPngListedOldestFirst() {
    String code = receive();
    byte[] scan = Scans.pdf();
    ResponseEntity<Map<String, Object>> pdf =
        upload("tiepnhan.anbinh", code, "D1", "Giấy chứng sinh.pdf", "application/pdf", scan);
    assertThat(pdf.getStatusCode()).as("%s", pdf.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(pdf.getHeaders().getLocation()).hasToString((String) pdf.getBody().get("href"));
    later(1);
    assertThat(upload("hotich.anbinh", code, "D2", "cccd mẹ.jpg", "image/jpeg", Scans.jpeg()))
        .returns(HttpStatus.CREATED, ResponseEntity::getStatusCode);
    later(1);
    assertThat(upload("chutich.anbinh", code, "D3", "ket-hon.PNG", "image/png", Scans.png()))
        .returns(HttpStatus.CREATED, ResponseEntity::getStatusCode);

    List<Map<String, Object>> listed = list("tiepnhan.anbinh", code).getBody();
    assertThat(listed)
        .extracting("kind", "fileName", "mediaType", "uploadedBy", "uploadedAt")
        .containsExactly(
            tuple("D1", "Giấy chứng sinh.pdf", "application/pdf", "tiepnhan.anbinh", at(0)),
            tuple("D2", "cccd mẹ.jpg", "image/jpeg", "hotich.anbinh", at(1)),
            tuple("D3", "ket-hon.PNG", "image/png", "chutich.anbinh", at(2)));
    assertThat(listed.get(0))
        .containsEntry("kindName", "Giấy chứng sinh")
        .containsEntry("size", scan.length)
        .containsEntry("sha256", sha256(scan))
        .containsEntry("digitisedOriginal", true)
        .containsEntry("dossierCode", code);
    assertThat(listed.get(1)).containsEntry("digitisedOriginal", false);
  }

  @Test
  void contentNotWhatItsNameClaimsIsRefusedWithAProblemAndNothingIsStored() {
    String code = receive();
    int rows = count("attachment");
    int contents = count("attachment_content");
    int audited = documentEntries(code).size();

    assertRefused(
        upload("tiepnhan.anbinh", code, "D1", "giay.pdf", "application/pdf", Scans.png()),
        HttpStatus.UNPROCESSABLE_ENTITY,
        "\"giay.pdf\" được ghi là .pdf nhưng nội dung là tệp PNG");
    assertRefused(
        upload(
            "tiepnhan.anbinh",
            code,
            "D1",
            "thu.pdf",
            "application/pdf",
            "Kính gửi UBND xã\n".getBytes(StandardCharsets.UTF_8)),
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "chỉ nhận bản quét PDF, JPEG hoặc PNG");
    assertRefused(
        upload("tiepnhan.anbinh", code, "D1", "anh.png", "image/png", Scans.pdf()),
        HttpStatus.UNPROCESSABLE_ENTITY,
        "nội dung là tệp PDF");
    assertRefused(
        upload("tiepnhan.anbinh", code, "D1", "anh.jpg", "image/png", Scans.jpeg()),
        HttpStatus.UNPROCESSABLE_ENTITY,
        "được ghi là image/png nhưng nội dung là tệp JPEG");
    assertRefused(
        upload("tiepnhan.anbinh", code, "D1", "scan", "application/pdf", Scans.pdf()),
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "phải có đuôi .pdf, .jpg, .jpeg hoặc .png");
    ResponseEntity<Map<String, Object>> english =
        upload("tiepnhan.anbinh", code, "D1", "giay.pdf", "application/pdf", Scans.png(), "en");
    assertRefused(
        english, HttpStatus.UNPROCESSABLE_ENTITY, "claims to be .pdf but its content is a PNG");

    assertThat(count("attachment")).isEqualTo(rows);
    assertThat(count("attachment_content")).isEqualTo(contents);
    assertThat(list("tiepnhan.anbinh", code).getBody()).isEmpty();
    assertThat(documentEntries(code)).hasSize(audited);
  }

  @Test
  void anotherAgencysDossierAnswers403AndAnUnknownOne404() {
    String code = receive();
    String id = id(upload("tiepnhan.anbinh", code, "D1", "a.pdf", "application/pdf", Scans.pdf()));

    assertThat(listStatus("tiepnhan.hoaphu", code)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(download("tiepnhan.hoaphu", code, id, "").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> upload =
        upload("tiepnhan.hoaphu", code, "D1", "b.pdf", "application/pdf", Scans.pdf());
    assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    // a supervisor of the province reads it, but adds nothing
    assertThat(list("thanhtra.tinh", code).getBody()).hasSize(1);
    assertRefused(
        upload("thanhtra.tinh", code, "D2", "c.pdf", "application/pdf", Scans.pdf()),
        HttpStatus.FORBIDDEN,
        "chỉ bộ phận một cửa, chuyên viên, trưởng bộ phận hoặc lãnh đạo");
    // a document id of another dossier is not found under this one
    String other = receive();
    assertThat(download("tiepnhan.anbinh", other, id, "").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(listStatus("tiepnhan.anbinh", AN_BINH + "-000000-9999"))
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(count("attachment where dossier_code = '" + code + "'")).isEqualTo(1);
  }

  @Test
  void storedSha256IsTheDigestOfTheBytesUploadedAndDownloaded() {
    String code = receive();
    byte[] scan = Scans.jpeg();
    String uploadedDigest = sha256(scan);
    ResponseEntity<Map<String, Object>> stored =
        upload("tiepnhan.anbinh", code, "D2", "Căn cước công dân.jpeg", "image/jpeg", scan);
    assertThat(stored.getBody()).containsEntry("sha256", uploadedDigest);
    String id = id(stored);
    assertThat(
            jdbc.queryForObject(
                "select sha256 from attachment where id = ?::uuid", String.class, id))
        .isEqualTo(uploadedDigest);

    ResponseEntity<byte[]> inline = download("hotich.anbinh", code, id, "");
    assertThat(inline.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sha256(inline.getBody())).isEqualTo(uploadedDigest);
    assertThat(inline.getBody()).isEqualTo(scan);
    HttpHeaders headers = inline.getHeaders();
    assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("image/jpeg");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("sandbox");
    assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("private");
    assertThat(headers.getFirst("Repr-Digest"))
        .isEqualTo(
            "sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(uploadedDigest))
                + ":");
    ContentDisposition disposition = headers.getContentDisposition();
    assertThat(disposition.isInline()).isTrue();
    assertThat(disposition.getFilename()).isEqualTo("Căn cước công dân.jpeg");
    assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("filename*=UTF-8''C%C4%83n%20c%C6%B0%E1%BB%9Bc");

    ResponseEntity<byte[]> attached = download("hotich.anbinh", code, id, "?download=1");
    assertThat(attached.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(sha256(attached.getBody())).isEqualTo(uploadedDigest);
  }

  @Test
  void aFileOverTwentyMegabytesIsA413ProblemAndNothingIsStored() {
    String code = receive();
    int rows = count("attachment");
    byte[] big = Arrays.copyOf(Scans.pdf(), 20 * 1024 * 1024 + 1024);

    ResponseEntity<Map<String, Object>> refused =
        upload("tiepnhan.anbinh", code, "D1", "lon.pdf", "application/pdf", big);
    assertRefused(refused, HttpStatus.PAYLOAD_TOO_LARGE, "vượt quá giới hạn 20 MB một tệp");

    // the same limit holds for another module's call (the reception API) without HTTP's limit
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status ->
                        attachments.store(
                            new NewAttachment(
                                code,
                                "D1",
                                null,
                                "lon.pdf",
                                "application/pdf",
                                big,
                                false,
                                "tiepnhan.anbinh"))))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
    assertThat(count("attachment")).isEqualTo(rows);
  }

  @Test
  void eachUploadIsInTheAuditTrailWithItsHash() {
    String code = receive();
    byte[] scan = Scans.pdf();
    String id = id(upload("tiepnhan.anbinh", code, "D1", "khai-sinh.pdf", "application/pdf", scan));

    assertThat(documentEntries(code))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry)
                  .containsEntry("actor", "tiepnhan.anbinh")
                  .containsEntry("subjectId", code)
                  .containsEntry("afterState", "RECEIVED");
              assertThat((String) entry.get("detail"))
                  .contains(
                      "\"documentId\":\"" + id + "\"",
                      "\"kind\":\"D1\"",
                      "\"fileName\":\"khai-sinh.pdf\"",
                      "\"size\":" + scan.length,
                      "\"sha256\":\"" + sha256(scan) + "\"");
            });
  }

  @Test
  void malformedUploadsAreProblemsNaming400Or415Or422AndStoreNothing() {
    String code = receive();
    int rows = count("attachment");
    MultiValueMap<String, Object> noFile = new LinkedMultiValueMap<>();
    noFile.add("kind", "D1");
    assertRefused(send("tiepnhan.anbinh", code, noFile, "vi"), HttpStatus.BAD_REQUEST, "file");
    assertRefused(
        send("tiepnhan.anbinh", code, parts("D\u00001", null, "a.pdf", Scans.pdf()), "vi"),
        HttpStatus.BAD_REQUEST,
        "Loại giấy tờ (kind)");
    assertRefused(
        send(
            "tiepnhan.anbinh",
            code,
            parts("D1", "x".repeat(1_000_000), "a.pdf", Scans.pdf()),
            "vi"),
        HttpStatus.BAD_REQUEST,
        "kindName");
    assertRefused(
        send("tiepnhan.anbinh", code, parts("D1", null, "../", Scans.pdf()), "vi"),
        HttpStatus.BAD_REQUEST,
        "tên tệp");
    assertRefused(
        send("tiepnhan.anbinh", code, parts("D1", null, "rong.pdf", new byte[0]), "vi"),
        HttpStatus.UNPROCESSABLE_ENTITY,
        "không có nội dung");
    MultiValueMap<String, Object> notABoolean = parts("D1", null, "a.pdf", Scans.pdf());
    notABoolean.add("digitisedOriginal", "có lẽ");
    assertRefused(
        send("tiepnhan.anbinh", code, notABoolean, "vi"),
        HttpStatus.BAD_REQUEST,
        "digitisedOriginal");
    assertThat(
            send("tiepnhan.anbinh", code, Map.of("file", "a.pdf", "kind", "D1"), "vi")
                .getStatusCode())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(count("attachment")).isEqualTo(rows);
  }

  private static MultiValueMap<String, Object> parts(
      String kind, String kindName, String fileName, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", filePart(fileName, "application/pdf", content));
    body.add("kind", kind);
    if (kindName != null) {
      body.add("kindName", kindName);
    }
    return body;
  }

  @Test
  void aFinishedDossierTakesNoMoreDocuments() {
    String code = receive();
    refuse(code);

    assertRefused(
        upload("tiepnhan.anbinh", code, "D1", "a.pdf", "application/pdf", Scans.pdf()),
        HttpStatus.CONFLICT,
        "đã kết thúc xử lý");
  }

  private String receive() {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    received.add(code);
    return code;
  }

  private ResponseEntity<Map<String, Object>> upload(
      String official, String code, String kind, String name, String type, byte[] content) {
    return upload(official, code, kind, name, type, content, "vi");
  }

  private ResponseEntity<Map<String, Object>> upload(
      String official,
      String code,
      String kind,
      String name,
      String type,
      byte[] content,
      String language) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", filePart(name, type, content));
    body.add("kind", kind);
    if (kind.equals("D1")) {
      body.add("kindName", "Giấy chứng sinh");
      body.add("digitisedOriginal", "true");
    }
    return send(official, code, body, language);
  }

  private static HttpEntity<byte[]> filePart(String name, String type, byte[] content) {
    HttpHeaders part = new HttpHeaders();
    part.setContentType(MediaType.parseMediaType(type));
    part.setContentDisposition(
        ContentDisposition.formData().name("file").filename(name, StandardCharsets.UTF_8).build());
    return new HttpEntity<>(content, part);
  }

  private ResponseEntity<Map<String, Object>> send(
      String official, String code, Object body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(
        body instanceof MultiValueMap<?, ?>
            ? MediaType.MULTIPART_FORM_DATA
            : MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.withBasicAuth(official, PASSWORD)
        .exchange(
            "/api/dossiers/{code}/documents",
            HttpMethod.POST,
            new HttpEntity<>(body, headers),
            JSON,
            code);
  }

  private ResponseEntity<List<Map<String, Object>>> list(String official, String code) {
    return http.withBasicAuth(official, PASSWORD)
        .exchange("/api/dossiers/{code}/documents", HttpMethod.GET, null, LIST, code);
  }

  /** The status of the list, for callers answered with a problem. */
  private HttpStatus listStatus(String official, String code) {
    return HttpStatus.valueOf(
        http.withBasicAuth(official, PASSWORD)
            .exchange("/api/dossiers/{code}/documents", HttpMethod.GET, null, String.class, code)
            .getStatusCode()
            .value());
  }

  private ResponseEntity<byte[]> download(String official, String code, String id, String query) {
    return http.withBasicAuth(official, PASSWORD)
        .exchange(
            "/api/dossiers/" + code + "/documents/" + id + query,
            HttpMethod.GET,
            null,
            byte[].class);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> documentEntries(String code) {
    List<Map<String, Object>> entries =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/audit?dossier={code}", HttpMethod.GET, null, LIST, code)
            .getBody();
    return entries.stream().filter(e -> "DOCUMENT_ADDED".equals(e.get("action"))).toList();
  }

  private static void assertRefused(
      ResponseEntity<Map<String, Object>> response, HttpStatus status, String detail) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType())
        .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat((String) response.getBody().get("title")).isNotBlank();
    assertThat((String) response.getBody().get("detail")).contains(detail);
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  private static String id(ResponseEntity<Map<String, Object>> created) {
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("id");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  /** Monday 23 November 2026, 09:00 in Vietnam plus {@code minutes}, as the API writes it. */
  private static String at(int minutes) {
    return MONDAY_NINE.plusSeconds(minutes * 60L).toString();
  }

  private static void later(int minutes) {
    ClockUtil.setCurrentTime(
        java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(minutes * 60L)));
  }
}
