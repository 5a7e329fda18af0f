package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.reporting.TanLapDesk.TAN_LAP;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import vn.motcua.PageSession;
import vn.motcua.dossier.StatusLinks;
import vn.motcua.reporting.TanLapDesk;

/**
 * The applicants' rating over June 2034 at UBND xã Tân Lập (business household registration),
 * through the real engine on PostgreSQL: four dossiers returned (A, B, C, D) and one still open
 * (E). A is rated online "very satisfied" throughout, B at the desk on the reception officer's
 * tablet (overall satisfied, attitude neutral), C online (overall dissatisfied, the rest neutral),
 * D never: 2 satisfied of 3 ratings, 1 returned dossier not rated.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingIntegrationTests {

  private static final String JUNE = "agency=" + TAN_LAP + "&from=2034-06-01&to=2034-06-30";
  private static final LocalDateTime NOW = LocalDateTime.of(2034, 6, 20, 10, 0);
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final Pattern DESK_TOKEN = Pattern.compile("data-token=\"([^\"]+)\"");

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired StatusLinks links;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  private TanLapDesk desk;
  private String a;
  private String b;
  private String c;
  private String d;
  private String open;
  private Map<String, Object> indexBefore;
  private ResponseEntity<Map<String, Object>> firstRating;

  @BeforeAll
  void june() {
    desk = new TanLapDesk(engine, http);
    LocalDateTime monday = LocalDateTime.of(2034, 6, 5, 9, 0);
    a = desk.receive(monday, "COUNTER");
    b = desk.receive(monday, "COUNTER");
    c = desk.receive(monday, "COUNTER");
    d = desk.receive(monday, "COUNTER");
    open = desk.receive(monday, "COUNTER");
    DemoData.setClock(LocalDateTime.of(2034, 6, 6, 10, 0));
    for (String code : List.of(a, b, c, d)) {
      desk.resolve(code, LocalDateTime.of(2034, 6, 7, 10, 0));
    }
    DemoData.setClock(NOW);
    indexBefore = tanLapIndex();

    firstRating = rate(a, links.token(a), answers("VERY_SATISFIED", "VERY_SATISFIED"), "Nhanh gọn");
    String token = deskToken(PageSession.login(port, "tiepnhan.tanlap", PASSWORD), b);
    assertThat(rate(b, token, answers("SATISFIED", "NEUTRAL"), null).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(rate(c, links.token(c), answers("DISSATISFIED", "NEUTRAL"), "Phải đi lại hai lần"))
        .extracting(ResponseEntity::getStatusCode)
        .isEqualTo(HttpStatus.CREATED);
  }

  @AfterAll
  void withdrawTheOpenOne() {
    DemoData.setClock(NOW);
    desk.post(open, "withdrawal", Map.of("reason", "Kết thúc kiểm thử"));
    desk.end();
  }

  @Test
  void aDossierIsRatedOnceAndTheSecondRatingIsRefused() {
    assertThat(firstRating.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(firstRating.getBody()).containsEntry("code", a);

    ResponseEntity<Map<String, Object>> again =
        rate(a, links.token(a), answers("DISSATISFIED", "DISSATISFIED"), null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getHeaders().getContentType())
        .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(again.getBody())
        .containsEntry("detail", "Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ được đánh giá một lần.")
        .containsEntry("errors", List.of(Map.of("field", "code", "reason", "already-rated")));
    // the page no longer shows the form
    HttpResponse<String> page =
        PageSession.anonymous(port).get("/public/rating/" + a + "?t=" + links.token(a));
    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.body()).contains("id=\"rated\"").doesNotContain("rating-form");
  }

  @Test
  void aDossierIsRatedOnlyOnceItsResultWasReturned() {
    ResponseEntity<Map<String, Object>> early =
        rate(open, links.token(open), answers("SATISFIED", "SATISFIED"), null);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody())
        .containsEntry("errors", List.of(Map.of("field", "code", "reason", "not-returned")));
    HttpResponse<String> page =
        PageSession.anonymous(port).get("/public/rating/" + open + "?t=" + links.token(open));
    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.body()).contains("id=\"not-returned\"").doesNotContain("rating-form");
    // still open: the same answer in English
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<Map<String, Object>> inEnglish =
        http.exchange(
            "/api/public/ratings/" + open,
            HttpMethod.POST,
            new HttpEntity<>(
                body(links.token(open), answers("SATISFIED", "SATISFIED"), null), english),
            JSON);
    assertThat(inEnglish.getBody())
        .containsEntry(
            "detail",
            "The result has not been returned yet: you can rate once you have received it.");
  }

  @Test
  void aWrongTokenGetsTheAnswerOfAnUnknownCode() {
    ResponseEntity<Map<String, Object>> wrongToken =
        rate(d, "AAAAAAAAAA", answers("SATISFIED", "SATISFIED"), null);
    ResponseEntity<Map<String, Object>> otherDossiersToken =
        rate(d, links.token(c), answers("SATISFIED", "SATISFIED"), null);
    String unknown = TAN_LAP + "-340605-9999";
    ResponseEntity<Map<String, Object>> unknownCode =
        rate(unknown, links.token(unknown), answers("SATISFIED", "SATISFIED"), null);
    for (ResponseEntity<Map<String, Object>> response :
        List.of(wrongToken, otherDossiersToken, unknownCode)) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getBody())
          .containsEntry("title", unknownCode.getBody().get("title"))
          .containsEntry("detail", unknownCode.getBody().get("detail"))
          .containsEntry("errors", List.of(Map.of("field", "code", "reason", "not-found")));
    }
    PageSession citizen = PageSession.anonymous(port);
    HttpResponse<String> wrongPage = citizen.get("/public/rating/" + d + "?t=AAAAAAAAAA");
    HttpResponse<String> unknownPage =
        citizen.get("/public/rating/" + unknown + "?t=" + links.token(unknown));
    assertThat(wrongPage.statusCode()).isEqualTo(404);
    assertThat(unknownPage.statusCode()).isEqualTo(404);
    // the same page but for the code (and the CSRF token, masked anew for every response)
    // (the language links repeat the address asked, code and token)
    assertThat(withoutCsrf(wrongPage.body()).replace(d, "").replace("AAAAAAAAAA", ""))
        .isEqualTo(
            withoutCsrf(unknownPage.body()).replace(unknown, "").replace(links.token(unknown), ""));
    // and D is still unrated
    assertThat(
            jdbc.sql("select count(*) from rating where dossier_code = ?")
                .param(d)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDeskTabletIsForAReceptionOfficerOfTheReceivingAgencyAndTheRatingIsTheApplicants() {
    assertThat(
            PageSession.login(port, "hotich.tanlap", PASSWORD)
                .get("/reception/rating/" + d)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            PageSession.login(port, "tiepnhan.anbinh", PASSWORD)
                .get("/reception/rating/" + d)
                .statusCode())
        .isEqualTo(403);
    PageSession reception = PageSession.login(port, "tiepnhan.tanlap", PASSWORD);
    // B was rated on this tablet already: no form, no token
    HttpResponse<String> rated = reception.get("/reception/rating/" + b);
    assertThat(rated.statusCode()).isEqualTo(409);
    assertThat(rated.body()).doesNotContain("data-token");
    // a desk token is for its dossier only, and once
    String token = deskToken(reception, d);
    assertThat(rate(c, token, answers("SATISFIED", "SATISFIED"), null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // the officer cannot rate as themselves through the API: the token is what counts
    ResponseEntity<Map<String, Object>> asOfficer =
        http.withBasicAuth("tiepnhan.tanlap", PASSWORD)
            .exchange(
                "/api/public/ratings/" + d,
                HttpMethod.POST,
                new HttpEntity<>(body("", answers("SATISFIED", "SATISFIED"), null)),
                JSON);
    assertThat(asOfficer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    Map<String, Object> stored =
        jdbc.sql("select actor, channel, desk_officer from rating where dossier_code = ?")
            .param(b)
            .query()
            .singleRow();
    assertThat(stored)
        .containsEntry("actor", "citizen:*********321")
        .containsEntry("channel", "DESK")
        .containsEntry("desk_officer", "tiepnhan.tanlap");
    List<Map<String, Object>> trail =
        http.withBasicAuth("tiepnhan.tanlap", PASSWORD)
            .exchange(
                "/api/audit?dossier=" + b,
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    assertThat(trail)
        .filteredOn(e -> "RATED".equals(e.get("action")))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("actor", "citizen:*********321");
              assertThat((String) e.get("detail"))
                  .contains("\"channel\":\"DESK\"", "\"deskOfficer\":\"tiepnhan.tanlap\"")
                  .contains(
                      "\"sha256\":\""
                          + jdbc.sql("select row_hash from rating where dossier_code = ?")
                              .param(b)
                              .query(String.class)
                              .single()
                          + "\"");
            });
  }

  @Test
  void editingAStoredRatingInSqlIsDetected() {
    assertThat(verify()).containsEntry("ok", true);
    long seq =
        jdbc.sql("select seq from rating where dossier_code = ?")
            .param(c)
            .query(Long.class)
            .single();
    jdbc.sql(
            "update rating_answer set level = 'VERY_SATISFIED' where rating_seq = ? and question_id = 'overall'")
        .param(seq)
        .update();
    try {
      assertThat(verify())
          .containsEntry("ok", false)
          .containsEntry("reason", "hash mismatch")
          .containsEntry("dossier", c)
          .containsEntry("brokenAt", (int) seq);
    } finally {
      jdbc.sql(
              "update rating_answer set level = 'DISSATISFIED' where rating_seq = ? and question_id = 'overall'")
          .param(seq)
          .update();
    }
    jdbc.sql("update rating set comment = 'Rất tốt' where seq = ?").param(seq).update();
    try {
      assertThat(verify()).containsEntry("ok", false).containsEntry("dossier", c);
    } finally {
      jdbc.sql("update rating set comment = 'Phải đi lại hai lần' where seq = ?")
          .param(seq)
          .update();
    }
    assertThat(verify()).containsEntry("ok", true);
    // the audit chain holds each rating, and stays intact
    assertThat(desk.get("thanhtra.tinh", "/api/audit/verify")).containsEntry("ok", true);
    // verifying is for auditors
    assertThat(
            http.withBasicAuth("tiepnhan.tanlap", PASSWORD)
                .exchange("/api/ratings/verify", HttpMethod.GET, null, JSON)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSatisfactionReportCountsEveryLevelOfEveryQuestion() {
    Map<String, Object> report = desk.get("thanhtra.tinh", "/api/reports/satisfaction?" + JUNE);
    Map<String, Object> row =
        ((List<Map<String, Object>>) report.get("rows")).stream().collect(onlyOne());
    assertThat(row)
        .containsEntry("agency", TAN_LAP)
        .containsEntry("procedure", TanLapDesk.PROCEDURE)
        .containsEntry("returned", 4)
        .containsEntry("rated", 3)
        .containsEntry("notRated", 1)
        .containsEntry("satisfied", 2)
        .containsEntry("satisfactionRate", 0.6667);
    Map<String, Map<String, Map<String, Object>>> answers =
        (Map<String, Map<String, Map<String, Object>>>) row.get("answers");
    assertThat(answers.get("overall").get("VERY_SATISFIED"))
        .containsEntry("count", 1)
        .containsEntry("share", 0.3333);
    assertThat(answers.get("overall").get("SATISFIED")).containsEntry("count", 1);
    assertThat(answers.get("overall").get("DISSATISFIED")).containsEntry("count", 1);
    assertThat(answers.get("overall").get("NEUTRAL"))
        .containsEntry("count", 0)
        .containsEntry("share", 0.0);
    // the other questions: A very satisfied, B and C neutral
    assertThat(answers.get("attitude").get("NEUTRAL"))
        .containsEntry("count", 2)
        .containsEntry("share", 0.6667);
    assertThat((Map<String, Object>) report.get("questions"))
        .containsOnlyKeys("information", "timeliness", "attitude", "result", "overall");
    assertThat((Map<String, Object>) report.get("total"))
        .containsEntry("rated", 3)
        .containsEntry("returned", 4);

    String csv =
        new String(
            http.withBasicAuth("thanhtra.tinh", PASSWORD)
                .exchange(
                    "/api/reports/satisfaction?format=csv&" + JUNE,
                    HttpMethod.GET,
                    null,
                    byte[].class)
                .getBody(),
            StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("Tỷ lệ hài lòng", "5. Mức độ hài lòng chung – Rất hài lòng")
        .contains("UBND xã Tân Lập,Đăng ký thành lập hộ kinh doanh,4,3,1,2,0.6667,");
    // other staff see their own agency only
    assertThat(
            http.withBasicAuth("hotich.anbinh", PASSWORD)
                .exchange("/api/reports/satisfaction?" + JUNE, HttpMethod.GET, null, JSON)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theServiceIndexScoresSatisfactionFromTheRatings() {
    Map<String, Object> before = satisfaction(indexBefore);
    assertThat(before)
        .containsEntry("numerator", 0)
        .containsEntry("denominator", 0)
        .containsEntry("notRated", 4)
        .containsEntry("maxPoints", 18.0)
        .doesNotContainKeys("points", "ratio", "unmeasured");

    Map<String, Object> after = tanLapIndex();
    // 2 satisfied of 3 ratings, target 100%: 0.6667 × 18 = 12.00
    assertThat(satisfaction(after))
        .containsEntry("group", "satisfaction")
        .containsEntry("numerator", 2)
        .containsEntry("denominator", 3)
        .containsEntry("ratio", 0.6667)
        .containsEntry("target", 1.0)
        .containsEntry("points", 12.0)
        .containsEntry("notRated", 1);
    // the total gains the 12 points and the 18 measured
    assertThat(((Number) after.get("points")).doubleValue())
        .isEqualTo(
            ((Number) indexBefore.get("points")).doubleValue() + 12.0,
            org.assertj.core.data.Offset.offset(0.001));
    assertThat(((Number) after.get("measuredMaxPoints")).doubleValue())
        .isEqualTo(((Number) indexBefore.get("measuredMaxPoints")).doubleValue() + 18.0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> satisfaction(Map<String, Object> agencyIndex) {
    return ((List<Map<String, Object>>) agencyIndex.get("indicators"))
        .stream().filter(i -> "satisfaction".equals(i.get("id"))).collect(onlyOne());
  }

  private Map<String, Object> tanLapIndex() {
    return desk.list("thanhtra.tinh", "/api/reports/service-index?" + JUNE).stream()
        .filter(i -> TAN_LAP.equals(i.get("agency")))
        .collect(onlyOne());
  }

  private static String withoutCsrf(String page) {
    return page.replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\">", "");
  }

  private Map<String, Object> verify() {
    return desk.get("thanhtra.tinh", "/api/ratings/verify");
  }

  private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
    return java.util.stream.Collectors.collectingAndThen(
        java.util.stream.Collectors.toList(),
        list -> {
          assertThat(list).hasSize(1);
          return list.get(0);
        });
  }

  /** Opens the desk's tablet page for the dossier; its one-time token. */
  private static String deskToken(PageSession reception, String code) {
    String page = reception.page("/reception/rating/" + code);
    Matcher token = DESK_TOKEN.matcher(page);
    assertThat(token.find()).as("a desk token in %s", page).isTrue();
    return token.group(1);
  }

  /** The overall answer and the attitude answer; the other three as the attitude one. */
  private static Map<String, String> answers(String overall, String others) {
    return Map.of(
        "information",
        others,
        "timeliness",
        others,
        "attitude",
        others,
        "result",
        others,
        "overall",
        overall);
  }

  private static Map<String, Object> body(
      String token, Map<String, String> answers, String comment) {
    java.util.HashMap<String, Object> body = new java.util.HashMap<>();
    body.put("token", token);
    body.put("answers", answers);
    body.put("comment", comment);
    return body;
  }

  private ResponseEntity<Map<String, Object>> rate(
      String code, String token, Map<String, String> answers, String comment) {
    return http.exchange(
        "/api/public/ratings/" + code,
        HttpMethod.POST,
        new HttpEntity<>(body(token, answers, comment)),
        JSON);
  }
}
