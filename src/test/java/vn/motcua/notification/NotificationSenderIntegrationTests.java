package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.notification.internal.NotificationSender;

/**
 * The sender e-mails due notifications through a real SMTP server (GreenMail on {@code
 * spring.mail.port} of the test profile), each exactly once even with two senders at work, and
 * tries a failed one again after its backoff.
 */
@IntegrationTest
class NotificationSenderIntegrationTests {

  private static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 24, 9, 0);

  @Autowired Notifications notifications;
  @Autowired NotificationSender sender;
  @Autowired JdbcClient jdbc;

  @Value("${spring.mail.port}")
  int smtpPort;

  private GreenMail smtp;

  @BeforeEach
  void startSmtpServerOnAnEmptyOutbox() {
    jdbc.sql("delete from notification").update();
    DemoData.setClock(NINE);
    startSmtp();
  }

  @AfterEach
  void stopSmtpServer() {
    if (smtp != null) {
      smtp.stop();
    }
    DemoData.resetClock();
  }

  @Test
  void sendsADueNotificationOnceWithAStableMessageId() throws MessagingException {
    notifications.send(
        "mail-1",
        List.of("hotich.anbinh"),
        "Hồ sơ 000.00.01.H99-261124-0001 cần thẩm định",
        "Kính gửi anh/chị,\nhồ sơ đang chờ.",
        "000.00.01.H99-261124-0001");
    long id = id("mail-1", "hotich.anbinh");

    assertThat(sender.sendDue()).isEqualTo(1);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("Hồ sơ 000.00.01.H99-261124-0001 cần thẩm định");
    assertThat(mail.getRecipients(Message.RecipientType.TO))
        .extracting(Object::toString)
        .containsExactly("hotich.anbinh@demo.motcua.vn");
    assertThat(mail.getMessageID()).isEqualTo("<notification-" + id + "@motcua.vn>");
    assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("no-reply@motcua.vn");
    assertThat(row(id))
        .containsEntry("attempts", 0)
        .containsEntry("claimed_by", null)
        .containsEntry("sent_at", utc(NINE));

    assertThat(sender.sendDue()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aRecipientWithoutAnEmailAddressIsLoggedAndMarkedSent() {
    notifications.send("no-mail", List.of("no.such.user"), "Tiêu đề", "Nội dung", null);

    assertThat(sender.sendDue()).isEqualTo(1);

    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(row(id("no-mail", "no.such.user")).get("sent_at")).isNotNull();
  }

  @Test
  void twoConcurrentSendersDeliverEachOfTwoHundredNotificationsExactlyOnce() throws Exception {
    for (int i = 0; i < 200; i++) {
      notifications.send(
          "bulk-" + i, List.of("hotich.anbinh"), "Thông báo " + i, "Nội dung " + i, null);
    }
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> runs = new ArrayList<>();
    try {
      for (int t = 0; t < 2; t++) {
        runs.add(
            threads.submit(
                () -> {
                  go.await();
                  return sender.sendDue();
                }));
      }
      go.countDown();
      int delivered = 0;
      for (Future<Integer> run : runs) {
        delivered += run.get(120, TimeUnit.SECONDS);
      }
      assertThat(delivered).isEqualTo(200);
    } finally {
      threads.shutdownNow();
    }

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(200);
    assertThat(Arrays.stream(received).map(NotificationSenderIntegrationTests::messageId))
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(received).map(NotificationSenderIntegrationTests::subject))
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, 200).mapToObj(i -> "Thông báo " + i).toList());
    assertThat(
            jdbc.sql("select count(*) from notification where sent_at is null")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(sender.sendDue()).isZero();
  }

  @Test
  void anSmtpFailureIsTriedAgainAfterABackoffThatDoubles() {
    smtp.stop();
    notifications.send("retry", List.of("hotich.anbinh"), "Thử lại", "Nội dung", null);
    long id = id("retry", "hotich.anbinh");

    assertThat(sender.sendDue()).isZero();
    Map<String, Object> failed = row(id);
    assertThat(failed)
        .containsEntry("attempts", 1)
        .containsEntry("next_attempt_at", utc(NINE.plusMinutes(1)))
        .containsEntry("sent_at", null)
        .containsEntry("claimed_by", null)
        .containsEntry("claim_until", null);
    assertThat((String) failed.get("last_error")).isNotBlank();

    // not due yet: nothing is tried
    DemoData.setClock(NINE.plusSeconds(59));
    assertThat(sender.sendDue()).isZero();
    assertThat(row(id)).containsEntry("attempts", 1);

    // due, and the server is still down: two minutes more
    DemoData.setClock(NINE.plusMinutes(1));
    assertThat(sender.sendDue()).isZero();
    assertThat(row(id))
        .containsEntry("attempts", 2)
        .containsEntry("next_attempt_at", utc(NINE.plusMinutes(3)));

    startSmtp();
    DemoData.setClock(NINE.plusMinutes(3));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(row(id))
        .containsEntry("attempts", 2)
        .containsEntry("sent_at", utc(NINE.plusMinutes(3)));
  }

  @Test
  void theEighthFailureGivesUp() {
    smtp.stop();
    notifications.send("give-up", List.of("hotich.anbinh"), "Bỏ cuộc", "Nội dung", null);
    long id = id("give-up", "hotich.anbinh");
    jdbc.sql("update notification set attempts = 7 where id = ?").param(id).update();

    assertThat(sender.sendDue()).isZero();
    assertThat(row(id)).containsEntry("attempts", 8).containsEntry("failed_at", utc(NINE));

    startSmtp();
    DemoData.setClock(NINE.plusDays(1));
    assertThat(sender.sendDue()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private void startSmtp() {
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  private long id(String key, String recipient) {
    return jdbc.sql("select id from notification where dedup_key = ? and recipient = ?")
        .params(key, recipient)
        .query(Long.class)
        .single();
  }

  private Map<String, Object> row(long id) {
    Map<String, Object> row =
        new HashMap<>(
            jdbc.sql(
                    "select attempts, next_attempt_at, claimed_by, claim_until, sent_at,"
                        + " failed_at, last_error from notification where id = ?")
                .param(id)
                .query()
                .singleRow());
    row.replaceAll((column, value) -> value instanceof Timestamp ts ? ts.toInstant() : value);
    return row;
  }

  private static Instant utc(LocalDateTime vietnamTime) {
    return vietnamTime.atZone(DemoData.VIETNAM).toInstant();
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
