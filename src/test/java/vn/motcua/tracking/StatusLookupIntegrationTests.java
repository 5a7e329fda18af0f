package vn.motcua.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import vn.motcua.dossier.StatusLinks;

/**
 * The citizens' status lookup on PostgreSQL with the real engine: every failed lookup (wrong code,
 * wrong digits, wrong token, unknown code) answers byte for byte alike; the right one answers the
 * status and the deadline explained (a supplementation stop with its days, a weekend and a
 * holiday); the 31st lookup of a client within a minute is refused until the clock moves on.
 * Lookups share the client's bucket, so the limit's test runs last, on a clock past the others'.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatusLookupIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String RECEPTION = "tiepnhan.anbinh";
  private static final String UNKNOWN = AN_BINH + "-000101-9999";

  @Autowired TestRestTemplate http;
  @Autowired StatusLinks links;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  @Order(1)
  void failedLookupsAnswerExactlyAsAnUnknownCodeAndTheRightOneTellsOnlyTheStatus()
      throws Exception {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    String code = receive(DemoData.birthRegistration(AN_BINH));
    String other = receive(DemoData.birthRegistration(AN_BINH));

    HttpResponse<String> unknown = api(Map.of("code", UNKNOWN, "idDigits", "2345"));
    List<HttpResponse<String>> failed =
        List.of(
            api(Map.of("code", code, "idDigits", "2346")),
            api(Map.of("code", code, "token", "AAAAAAAAAA")),
            api(Map.of("code", code, "token", links.token(other))),
            api(Map.of("code", UNKNOWN, "token", links.token(code))),
            api(Map.of("code", code + "9", "idDigits", "2345")),
            api(Map.of("code", code, "idDigits", "2345", "token", "AAAAAAAAAA")));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body())
        .contains("Không tìm thấy hồ sơ")
        .doesNotContain(code)
        .doesNotContain("An Bình");
    for (HttpResponse<String> answer : failed) {
      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.body()).isEqualTo(unknown.body());
      assertThat(headers(answer)).isEqualTo(headers(unknown));
    }

    HttpResponse<String> pageUnknown = page(Map.of("code", UNKNOWN, "idDigits", "2345"));
    assertThat(pageUnknown.statusCode()).isEqualTo(404);
    assertThat(pageUnknown.body()).contains("id=\"not-found\"").doesNotContain("_csrf");
    assertThat(pageUnknown.headers().firstValue("Set-Cookie")).isEmpty();
    for (HttpResponse<String> answer :
        List.of(
            page(Map.of("code", code, "idDigits", "9999")),
            page(Map.of("code", code, "token", "BBBBBBBBBB")))) {
      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.body()).isEqualTo(pageUnknown.body());
      assertThat(headers(answer)).isEqualTo(headers(pageUnknown));
    }
    HttpResponse<String> qrUnknown = get("/status/" + UNKNOWN + "?t=" + links.token(code));
    HttpResponse<String> qrWrong = get("/status/" + code + "?t=AAAAAAAAAA");
    assertThat(qrWrong.statusCode()).isEqualTo(404).isEqualTo(qrUnknown.statusCode());
    // the language links repeat the address asked for; nothing else differs
    assertThat(languageLinksAside(qrWrong.body())).isEqualTo(languageLinksAside(qrUnknown.body()));
    assertThat(headers(qrWrong)).isEqualTo(headers(qrUnknown));
    assertThat(languageLinksAside(qrWrong.body()))
        .isEqualTo(languageLinksAside(pageUnknown.body()));

    HttpResponse<String> right = api(Map.of("code", code, "idDigits", "2345"));
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body())
        .doesNotContain("Nguyễn Văn An")
        .doesNotContain("001090012345")
        .doesNotContain("0912345678")
        .doesNotContain("an.nguyen")
        .doesNotContain("Thôn Đông")
        .doesNotContain("Nguyễn Thị Bình")
        .doesNotContain(RECEPTION)
        .doesNotContain("hotich");
    Map<String, Object> status = json.readValue(right.body(), new TypeReference<>() {});
    assertThat(status)
        .containsEntry("code", code)
        .containsEntry("procedure", "Đăng ký khai sinh")
        .containsEntry("status", "RECEIVED")
        .containsEntry("statusText", "Đã tiếp nhận")
        .containsEntry("currentStep", "Tiếp nhận hồ sơ")
        .containsEntry("applicantInitials", "N. V. A.")
        .containsEntry("receivingAgency", "UBND xã An Bình")
        .containsEntry("appointment", "2026-11-23T10:00:00Z")
        .containsEntry("countedWorkingMinutes", 390);
    assertThat(get("/status/" + code + "?t=" + links.token(code)).body())
        .contains("Đăng ký khai sinh")
        .contains("17:00 ngày 23/11/2026")
        .doesNotContain("Nguyễn Văn An");

    HttpResponse<String> malformed = api(Map.of("code", code, "idDigits", "12a4"));
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("idDigits");
    assertThat(api(Map.of("code", code)).statusCode()).isEqualTo(400);
  }

  @Test
  @Order(2)
  @SuppressWarnings("unchecked")
  void aSupplementationStopShowsFromToAndReasonAndItsDaysDoNotCount() throws Exception {
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 9, 0));
    String code = receive(DemoData.birthRegistration(AN_BINH));
    DemoData.setClock(LocalDateTime.of(2026, 11, 30, 10, 0));
    act(
        code,
        "supplementation-request",
        Map.of("reason", "Thiếu giấy chứng sinh", "items", List.of("Giấy chứng sinh")));
    DemoData.setClock(LocalDateTime.of(2026, 12, 2, 14, 0));
    act(code, "supplement", Map.of("note", "Đã nộp"));

    Map<String, Object> status = lookup(code, "2345");
    List<Map<String, Object>> segments = (List<Map<String, Object>>) status.get("segments");
    assertThat(segments)
        .extracting(s -> s.get("kind"))
        .containsExactly("RECEIVED", "PAUSED", "RESTARTED");
    assertThat(segments.get(1))
        .containsEntry("at", "2026-11-30T03:00:00Z")
        .containsEntry("until", "2026-12-02T07:00:00Z")
        .containsEntry("when", "Từ 10:00 ngày 30/11/2026 đến 14:00 ngày 02/12/2026")
        .containsEntry("detail", "Yêu cầu bổ sung: Thiếu giấy chứng sinh")
        .containsEntry("legalBasis", "Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5");
    assertThat(segments.get(2))
        .containsEntry("legalBasis", "Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5");
    List<Map<String, Object>> days = (List<Map<String, Object>>) status.get("days");
    assertThat(days)
        .extracting(d -> d.get("label"))
        .containsExactly("Thứ Hai 30/11 – Thứ Ba 01/12", "Thứ Tư 02/12");
    assertThat(days.get(0))
        .containsEntry("kind", "PAUSED")
        .containsEntry("counted", false)
        .containsEntry("countedWorkingMinutes", 0)
        .containsEntry(
            "text", "tạm dừng tính thời hạn (Chờ người nộp bổ sung, hoàn thiện hồ sơ), không tính");
    assertThat(days.get(1))
        .containsEntry("kind", "COUNTED")
        .containsEntry("countedWorkingMinutes", 180);
    assertThat((String) days.get(1).get("text")).startsWith("tính 3 giờ làm việc; dừng 5 giờ");
    assertThat(status)
        .containsEntry("appointment", "2026-12-02T10:00:00Z")
        .containsEntry("countedWorkingMinutes", 180)
        .containsEntry("paused", false);
  }

  @Test
  @Order(3)
  @SuppressWarnings("unchecked")
  void aSpanOverAHolidayAndAWeekendListsEachDayWithItsReason() throws Exception {
    DemoData.setClock(LocalDateTime.of(2026, 12, 30, 9, 0));
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    body.put("procedure", "business-household-registration");
    body.put("data", Map.of("householdName", "Hộ kinh doanh Tạp hóa An Bình", "capital", 50000000));
    String code = receive(body);

    Map<String, Object> status = lookup(code, "2345");
    assertThat(status)
        .containsEntry("legalTime", "3 ngày làm việc")
        .containsEntry("appointment", "2027-01-05T02:00:00Z")
        .containsEntry("countedWorkingMinutes", 1440);
    List<Map<String, Object>> days = (List<Map<String, Object>>) status.get("days");
    assertThat(days)
        .extracting(d -> d.get("label") + ": " + d.get("text"))
        .containsExactly(
            "Thứ Tư 30/12: tính 6 giờ 30 phút làm việc",
            "Thứ Năm 31/12: tính 1 ngày làm việc (8 giờ mỗi ngày)",
            "Thứ Sáu 01/01: nghỉ lễ, tết (Tết Dương lịch), không tính",
            "Thứ Bảy 02/01 – Chủ Nhật 03/01: nghỉ cuối tuần, không tính",
            "Thứ Hai 04/01: tính 1 ngày làm việc (8 giờ mỗi ngày)",
            "Thứ Ba 05/01: tính 1 giờ 30 phút làm việc");
    assertThat(days.get(2))
        .containsEntry("kind", "HOLIDAY")
        .containsEntry("legalBasis", "Bộ luật Lao động 2019, Điều 112");
    assertThat((String) days.get(3).get("legalBasis")).contains("Điều 111");
    assertThat((String) days.get(0).get("legalBasis")).contains("Nghị định 168/2025/NĐ-CP");

    HttpResponse<String> english =
        send(
            HttpRequest.newBuilder(URI.create(base() + "/api/public/status"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("code", code, "idDigits", "2345"))))
                .build());
    assertThat(english.body())
        .contains("public holiday (Tết Dương lịch), not counted")
        .contains("Sat 02/01 – Sun 03/01")
        .contains("3 working days");
  }

  @Test
  @Order(100)
  void theThirtyFirstLookupWithinAMinuteIsRefusedUntilTheClockMovesOn() throws Exception {
    // past every other test's clock, so the client's bucket starts full
    DemoData.setClock(LocalDateTime.of(2031, 1, 6, 9, 0));
    for (int i = 0; i < 30; i++) {
      HttpResponse<String> answer =
          switch (i % 3) {
            case 0 -> api(Map.of("code", UNKNOWN, "idDigits", "1234"));
            case 1 -> page(Map.of("code", UNKNOWN, "idDigits", "1234"));
            default -> get("/status/" + UNKNOWN + "?t=AAAAAAAAAA");
          };
      assertThat(answer.statusCode()).as("lookup %d", i + 1).isEqualTo(404);
    }
    HttpResponse<String> refused = api(Map.of("code", UNKNOWN, "idDigits", "1234"));
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 60L));
    assertThat(refused.body()).contains("status-lookup");
    assertThat(page(Map.of("code", UNKNOWN, "idDigits", "1234")).statusCode()).isEqualTo(429);

    DemoData.setClock(LocalDateTime.of(2031, 1, 6, 9, 1, 1));
    assertThat(api(Map.of("code", UNKNOWN, "idDigits", "1234")).statusCode()).isEqualTo(404);
  }

  private String receive(Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth(RECEPTION, PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  private void act(String code, String action, Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth(RECEPTION, PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body),
                JSON);
    assertThat(response.getStatusCode())
        .as("%s %s", action, response.getBody())
        .isEqualTo(HttpStatus.OK);
  }

  private Map<String, Object> lookup(String code, String digits) throws Exception {
    HttpResponse<String> answer = api(Map.of("code", code, "idDigits", digits));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readValue(answer.body(), new TypeReference<>() {});
  }

  private HttpResponse<String> api(Map<String, String> body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(base() + "/api/public/status"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
            .build());
  }

  private HttpResponse<String> page(Map<String, String> form)
      throws IOException, InterruptedException {
    String encoded =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base() + "/public/status"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(encoded))
            .build());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Accept", "text/html")
            .GET()
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String languageLinksAside(String html) {
    return html.replaceAll("href=\"[^\"]*lang=(vi|en)\"", "href=\"…lang=$1\"");
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /**
   * The headers but the date and the page's per-response CSP nonce (random in every answer of every
   * page, so it tells nothing).
   */
  private static Map<String, List<String>> headers(HttpResponse<String> response) {
    Map<String, List<String>> headers = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("date")) {
                List<String> kept = new ArrayList<>();
                values.forEach(v -> kept.add(v.replaceAll("'nonce-[^']+'", "'nonce-…'")));
                headers.put(name.toLowerCase(), kept);
              }
            });
    return headers;
  }
}
