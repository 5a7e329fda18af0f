package vn.motcua.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.DemoData.VIETNAM;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.Officials;
import vn.motcua.attachment.Scans;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.StatusLinks;
import vn.motcua.notification.internal.NotificationSender;

/**
 * The applicant is told at each legal moment, by e-mail (GreenMail) and SMS (the logging gateway's
 * lines), exactly once per moment and channel even when the moment's event is published again, with
 * the paper attached; and supplements online through the notice's link.
 */
@IntegrationTest
class ApplicantNoticesIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final AtomicInteger APPLICANTS = new AtomicInteger();

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationSender sender;
  @Autowired StatusLinks links;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  @Value("${spring.mail.port}")
  int smtpPort;

  private GreenMail smtp;
  private ListAppender<ILoggingEvent> sms;
  private String email;
  private String phone;

  @BeforeEach
  void mondayMorningWithAnSmtpServer() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    sms = new ListAppender<>();
    sms.start();
    ((Logger) LoggerFactory.getLogger("vn.motcua.notification.sms")).addAppender(sms);
    int n = APPLICANTS.incrementAndGet();
    email = "applicant" + n + "." + System.nanoTime() + "@example.vn";
    phone = String.format("0912%06d", (System.nanoTime() / 1000 + n) % 1_000_000);
  }

  @AfterEach
  void stop() {
    ((Logger) LoggerFactory.getLogger("vn.motcua.notification.sms")).detachAppender(sms);
    smtp.stop();
    DemoData.resetClock();
  }

  @Test
  void eachMomentOfACounterDossierIsToldOncePerChannelWithItsPaper() throws Exception {
    String code = receive("COUNTER");
    assertThat(keys(code))
        .containsExactlyInAnyOrder(key(code, "RECEIVED", "EMAIL"), key(code, "RECEIVED", "SMS"));

    // the moment's event again, twice, as a retried job or a replay would publish it
    DossierReceived again =
        new DossierReceived(
            code,
            "birth-registration",
            AN_BINH,
            AN_BINH,
            Channel.COUNTER,
            "tiepnhan.anbinh",
            Instant.now(),
            Instant.now());
    transactions.executeWithoutResult(
        status -> {
          events.publishEvent(again);
          events.publishEvent(again);
        });
    assertThat(keys(code)).hasSize(2);

    DossierDriverless.later(30);
    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    assertThat(keys(code)).hasSize(2); // accepted at the desk: already told it was received

    DossierDriverless.later(30);
    act(
        "tiepnhan.anbinh",
        code,
        "supplementation-request",
        Map.of(
            "reason",
            "Giấy chứng sinh không rõ",
            "items",
            List.of("Giấy chứng sinh bản chính", "CCCD của mẹ")));
    assertThat(keys(code))
        .contains(
            key(code, "SUPPLEMENTATION_REQUESTED:1", "EMAIL"),
            key(code, "SUPPLEMENTATION_REQUESTED:1", "SMS"));

    // the applicant supplements online, through the notice's link
    String page =
        http.getForObject("/public/supplement/" + code + "?t=" + links.token(code), String.class);
    assertThat(page).contains("Giấy chứng sinh bản chính", "CCCD của mẹ", "supplement-form");
    ResponseEntity<Map<String, Object>> sent = supplement(code, links.token(code));
    assertThat(sent.getStatusCode()).as("%s", sent.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(sent.getBody()).containsEntry("status", "IN_PROGRESS").containsEntry("documents", 1);
    assertThat(supplement(code, links.token(code)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(
            jdbc.sql(
                    "select actor from dossier_event where dossier_code = ? and kind = 'SUPPLEMENTED'")
                .param(code)
                .query(String.class)
                .single())
        .isEqualTo("citizen:091****" + phone.substring(phone.length() - 3));
    assertThat(
            jdbc.sql("select uploaded_by from attachment where dossier_code = ? and kind = 'BS'")
                .param(code)
                .query(String.class)
                .single())
        .startsWith("citizen:091");

    act(
        "vanphong.anbinh",
        code,
        "extension",
        Map.of("reason", "Chờ xác minh", "newDueAt", "2026-11-25T10:00:00Z"));
    work(
        "hotich.anbinh",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Đủ điều kiện"));
    work(
        "chutich.anbinh",
        code,
        "Task_Approval",
        Map.of("approvalDecision", "APPROVE", "approvalNote", "Đồng ý"));
    // the result is ready: told once even if the status is announced again
    transactions.executeWithoutResult(
        status ->
            events.publishEvent(
                new DossierStatusChanged(code, DossierStatus.RESULT_READY, Instant.now())));
    // handed over: the link to rate the service
    work("tiepnhan.anbinh", code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));

    List<String> moments =
        List.of("RECEIVED", "SUPPLEMENTATION_REQUESTED:1", "EXTENDED", "RESULT_READY", "RETURNED");
    List<String> expected = new ArrayList<>();
    moments.forEach(m -> expected.addAll(List.of(key(code, m, "EMAIL"), key(code, m, "SMS"))));
    assertThat(keys(code)).containsExactlyInAnyOrderElementsOf(expected);

    sender.sendDue();
    sender.sendDue(); // a second run sends nothing again
    assertThat(
            jdbc.sql("select count(*) from notification where dossier_code = ? and sent_at is null")
                .param(code)
                .query(Long.class)
                .single())
        .isZero();

    List<MimeMessage> mails = mailsTo(email);
    assertThat(mails)
        .extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder(
            "Hồ sơ " + code + " đã được tiếp nhận, hẹn trả kết quả 17:00 ngày 23/11/2026",
            "Hồ sơ " + code + " cần bổ sung, hoàn thiện",
            "Xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + code,
            "Hồ sơ " + code + " đã có kết quả",
            "Mời ông/bà đánh giá việc giải quyết hồ sơ " + code);
    assertThat(text(subject(mails, "đánh giá")))
        .contains("/public/rating/" + code + "?t=" + links.token(code));
    MimeMessage receipt = subject(mails, "đã được tiếp nhận");
    assertThat(text(receipt))
        .contains("Thời gian hẹn trả kết quả: 17:00 ngày 23/11/2026")
        .contains("/status/" + code + "?t=" + links.token(code));
    assertThat(pdf(receipt, code + "-01.pdf")).startsWith("%PDF");
    MimeMessage supplementation = subject(mails, "cần bổ sung");
    assertThat(text(supplementation))
        .contains("  - Giấy chứng sinh bản chính", "  - CCCD của mẹ")
        .contains("/public/supplement/" + code + "?t=" + links.token(code));
    assertThat(pdf(supplementation, code + "-02.pdf")).startsWith("%PDF");
    MimeMessage apology = subject(mails, "Xin lỗi");
    assertThat(text(apology)).contains("Ngày hẹn mới: 17:00 ngày 25/11/2026");
    assertThat(pdf(apology, code + "-04.pdf")).startsWith("%PDF");
    assertThat(text(subject(mails, "đã có kết quả"))).contains("Bộ phận Một cửa – ");

    List<String> texts = smsTo(code);
    assertThat(texts).hasSize(5);
    assertThat(texts).allSatisfy(t -> assertThat(t).matches("[\\x20-\\x7E]+"));
    assertThat(texts)
        .anySatisfy(
            t -> assertThat(t).contains("da duoc tiep nhan, hen tra ket qua 17:00 ngay 23/11/2026"))
        .anySatisfy(t -> assertThat(t).contains("/public/supplement/" + code + "?t="))
        .anySatisfy(t -> assertThat(t).contains("tai Bo phan Mot cua - UBND xa An Binh"))
        .anySatisfy(t -> assertThat(t).contains("/public/rating/" + code + "?t="));
  }

  @Test
  void aRefusalAtReceptionAndARejectionAfterAppraisalAreToldWithForm03() throws Exception {
    String refused = receive("COUNTER");
    work(
        "tiepnhan.anbinh",
        refused,
        "Task_Reception",
        Map.of("receptionDecision", "REFUSE", "receptionNote", "Thiếu giấy chứng sinh"));
    String rejected = receive("COUNTER");
    work("tiepnhan.anbinh", rejected, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    work(
        "hotich.anbinh",
        rejected,
        "Task_Appraisal",
        Map.of("appraisalResult", "NOT_ELIGIBLE", "appraisalOpinion", "Không đủ điều kiện"));
    work(
        "chutich.anbinh",
        rejected,
        "Task_Approval",
        Map.of("approvalDecision", "REJECT", "approvalNote", "Không đồng ý"));
    work("tiepnhan.anbinh", rejected, "Task_ResultReturn", Map.of("returnMethod", "POST"));

    assertThat(keys(refused))
        .contains(key(refused, "REFUSED", "EMAIL"), key(refused, "REFUSED", "SMS"));
    assertThat(keys(rejected))
        .contains(key(rejected, "REFUSED", "EMAIL"), key(rejected, "REFUSED", "SMS"));
    sender.sendDue();

    List<MimeMessage> mails = mailsTo(email);
    MimeMessage refusal = subject(mails, refused + " bị từ chối tiếp nhận");
    assertThat(pdf(refusal, refused + "-03.pdf")).startsWith("%PDF");
    MimeMessage rejection = subject(mails, rejected + " không được giải quyết");
    assertThat(pdf(rejection, rejected + "-03.pdf")).startsWith("%PDF");
    assertThat(smsTo(refused)).anySatisfy(t -> assertThat(t).contains("bi tu choi tiep nhan"));
  }

  @Test
  void anOnlineSubmissionIsToldSubmittedThenReceivedWhenTheDeskAcceptsIt() throws Exception {
    String code = receive("ONLINE");
    assertThat(keys(code))
        .containsExactlyInAnyOrder(key(code, "SUBMITTED", "EMAIL"), key(code, "SUBMITTED", "SMS"));

    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 15, 30)); // accepted after the cut-off
    work("tiepnhan.anbinh", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    assertThat(keys(code)).contains(key(code, "RECEIVED", "EMAIL"), key(code, "RECEIVED", "SMS"));
    sender.sendDue();

    List<MimeMessage> mails = mailsTo(email);
    assertThat(text(subject(mails, "đang chờ tiếp nhận"))).contains("08 giờ làm việc", "Điều 17");
    MimeMessage received = subject(mails, "đã được tiếp nhận");
    // the legal clock starts at acceptance: due the next working day
    assertThat(received.getSubject()).endsWith("17:00 ngày 24/11/2026");
    assertThat(text(received)).contains("Thời gian tiếp nhận: 15:30 ngày 23/11/2026");
  }

  @Test
  void theSupplementLinkAnswersAWrongTokenAsAnUnknownCodeAndOnlyWhileTheDossierAwaitsIt() {
    String code = receive("COUNTER");
    String token = links.token(code);
    String unknown = AN_BINH + "-261123-9999";

    ResponseEntity<Map<String, Object>> wrongToken = supplement(code, "AAAAAAAAAA");
    ResponseEntity<Map<String, Object>> noSuchCode = supplement(unknown, links.token(unknown));
    assertThat(wrongToken.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(noSuchCode.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(withoutInstance(wrongToken.getBody()))
        .isEqualTo(withoutInstance(noSuchCode.getBody()));
    assertThat(withoutInstance(wrongToken.getBody()).toString()).doesNotContain(code.substring(14));
    ResponseEntity<String> wrongPage =
        http.getForEntity("/public/supplement/" + code + "?t=AAAAAAAAAA", String.class);
    ResponseEntity<String> unknownPage =
        http.getForEntity(
            "/public/supplement/" + unknown + "?t=" + links.token(unknown), String.class);
    assertThat(wrongPage.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownPage.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // the same page but for the code and token the request gave (the language links echo them)
    assertThat(
            withoutCsrf(wrongPage.getBody())
                .replace(code, unknown)
                .replace("AAAAAAAAAA", links.token(unknown)))
        .isEqualTo(withoutCsrf(unknownPage.getBody()));

    // received, not awaiting a supplement: refused, nothing stored
    ResponseEntity<Map<String, Object>> early = supplement(code, token);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody()).containsEntry("title", "Hồ sơ không chờ bổ sung");
    assertThat(
            http.getForEntity("/public/supplement/" + code + "?t=" + token, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(
            jdbc.sql("select count(*) from attachment where dossier_code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isZero();

    // awaiting: a file of the wrong type is refused and nothing happens
    act(
        "tiepnhan.anbinh",
        code,
        "supplementation-request",
        Map.of("reason", "Thiếu", "items", List.of("Giấy chứng sinh")));
    ResponseEntity<Map<String, Object>> text =
        supplement(
            code,
            token,
            "ghi-chu.pdf",
            "application/pdf",
            "not a pdf".getBytes(StandardCharsets.UTF_8));
    assertThat(text.getStatusCode().is4xxClientError()).isTrue();
    assertThat(status(code)).isEqualTo("AWAITING_SUPPLEMENT");
    ResponseEntity<Map<String, Object>> none = supplementWithoutFiles(code, token);
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(supplement(code, token).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(status(code)).isEqualTo("RECEIVED");
  }

  // --- helpers

  private String receive(String channel) {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(AN_BINH));
    Map<String, Object> applicant = new HashMap<>((Map<String, Object>) body.get("applicant"));
    applicant.put("email", email);
    applicant.put("phone", phone);
    body.put("applicant", applicant);
    body.put("channel", channel);
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  private void act(String official, String code, String action, Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth(official, PASSWORD)
            .exchange(
                "/api/dossiers/" + code + "/" + action,
                HttpMethod.POST,
                new HttpEntity<>(body),
                JSON);
    assertThat(response.getStatusCode())
        .as("%s: %s", action, response.getBody())
        .isEqualTo(HttpStatus.OK);
  }

  private String status(String code) {
    return jdbc.sql("select status from dossier where code = ?")
        .param(code)
        .query(String.class)
        .single();
  }

  private void work(String user, String code, String step, Map<String, Object> variables) {
    Officials.work(engine, user, code, step, variables);
  }

  private ResponseEntity<Map<String, Object>> supplement(String code, String token) {
    return supplement(code, token, "giay-chung-sinh.pdf", "application/pdf", Scans.pdf());
  }

  private ResponseEntity<Map<String, Object>> supplement(
      String code, String token, String name, String type, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    HttpHeaders part = new HttpHeaders();
    part.setContentType(MediaType.parseMediaType(type));
    part.setContentDisposition(ContentDisposition.formData().name("files").filename(name).build());
    body.add("files", new HttpEntity<>(content, part));
    body.add("t", token);
    body.add("note", "Đã bổ sung");
    return post(code, body);
  }

  private ResponseEntity<Map<String, Object>> supplementWithoutFiles(String code, String token) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("t", token);
    body.add("note", "Không có tệp");
    return post(code, body);
  }

  private ResponseEntity<Map<String, Object>> post(
      String code, MultiValueMap<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.exchange(
        "/api/public/dossiers/" + code + "/supplement",
        HttpMethod.POST,
        new HttpEntity<>(body, headers),
        JSON);
  }

  /** The page without its per-session CSRF token. */
  private static String withoutCsrf(String page) {
    return page.replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\">", "");
  }

  private static Map<String, Object> withoutInstance(Map<String, Object> problem) {
    Map<String, Object> copy = new HashMap<>(problem);
    copy.remove("instance");
    return copy;
  }

  private List<String> keys(String code) {
    return jdbc.sql(
            "select dedup_key from notification where dossier_code = ? and channel is not null")
        .param(code)
        .query(String.class)
        .list();
  }

  private static String key(String code, String moment, String channel) {
    return code + ":" + moment + ":" + channel;
  }

  private List<MimeMessage> mailsTo(String address) throws Exception {
    List<MimeMessage> mails = new ArrayList<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      if (Arrays.stream(mail.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
        mails.add(mail);
      }
    }
    return mails;
  }

  private static MimeMessage subject(List<MimeMessage> mails, String part) {
    return mails.stream()
        .filter(
            m -> {
              try {
                return m.getSubject().contains(part);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .reduce(
            (a, b) -> {
              throw new AssertionError("two e-mails about " + part);
            })
        .orElseThrow(() -> new AssertionError("no e-mail about " + part));
  }

  private static String text(MimeMessage mail) throws Exception {
    Object content = mail.getContent();
    if (content instanceof String s) {
      return s;
    }
    Multipart multipart = (Multipart) content;
    for (int i = 0; i < multipart.getCount(); i++) {
      String found = text(multipart.getBodyPart(i));
      if (found != null) {
        return found;
      }
    }
    throw new AssertionError("no text");
  }

  private static String text(BodyPart part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart inner) {
      for (int i = 0; i < inner.getCount(); i++) {
        String found = text(inner.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The attachment's bytes as text (a PDF starts with %PDF). */
  private static String pdf(MimeMessage mail, String fileName) throws Exception {
    Multipart multipart = (Multipart) mail.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (fileName.equals(part.getFileName())) {
        assertThat(part.isMimeType("application/pdf")).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
      }
    }
    throw new AssertionError("no attachment " + fileName);
  }

  private List<String> smsTo(String code) {
    String shown = "…" + phone.substring(phone.length() - 3);
    return sms.list.stream()
        .filter(e -> e.getFormattedMessage().startsWith("SMS to " + shown + ": "))
        .map(e -> e.getFormattedMessage().substring(("SMS to " + shown + ": ").length()))
        .filter(t -> t.contains(code))
        .toList();
  }

  /** Moves the engine clock. */
  private static final class DossierDriverless {
    static void later(int minutes) {
      DemoData.setClock(
          LocalDateTime.ofInstant(
              org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()
                  .toInstant()
                  .plusSeconds(minutes * 60L),
              VIETNAM));
    }
  }
}
