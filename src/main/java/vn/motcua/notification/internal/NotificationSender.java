package vn.motcua.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.notification.NoticeAttachmentSource;
import vn.motcua.notification.SmsGateway;

/**
 * Sends due notifications: on every node, each row by the one node whose conditional update claimed
 * it ({@link Outbox#claim}), by e-mail when the row has an address and an SMTP server is configured
 * ({@code spring.mail.host}), otherwise by one log line; then marks it sent. A failure is tried
 * again after {@link Backoff}, and given up after {@value Backoff#MAX_ATTEMPTS} attempts. A row to
 * a dossier's applicant goes by its channel: e-mail (with its attachment, produced now by a {@link
 * NoticeAttachmentSource}) or SMS through the {@link SmsGateway}.
 *
 * <p>Delivery is at least once, not exactly once: if a node dies (or its claim of {@code
 * motcua.notification.claim-timeout} runs out) after the SMTP server accepted a message but before
 * the row is marked sent, the row is sent again. Every e-mail of a row therefore carries the same
 * {@code Message-ID} ({@code <notification-{id}@domain-of-from>}), by which mail servers and
 * clients can drop the duplicate.
 */
@Component
public class NotificationSender {

  private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

  /** At most this many scans per run, so one run ends even if rows keep arriving. */
  private static final int MAX_SCANS = 20;

  private final Outbox outbox;
  private final ObjectProvider<JavaMailSender> mail;
  private final SmsGateway sms;
  private final List<NoticeAttachmentSource> attachments;
  private final NotificationProperties properties;
  private final Clock clock;
  private final String node;
  private final String messageIdDomain;

  NotificationSender(
      Outbox outbox,
      ObjectProvider<JavaMailSender> mail,
      SmsGateway sms,
      List<NoticeAttachmentSource> attachments,
      NotificationProperties properties,
      Clock clock) {
    this.sms = sms;
    this.attachments = List.copyOf(attachments);
    this.outbox = outbox;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
    this.node = nodeId();
    String from = properties.from();
    this.messageIdDomain =
        from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip().toLowerCase();
  }

  /**
   * Sends every notification that is due and not claimed by another node.
   *
   * @return how many were delivered (e-mailed or logged) by this call
   */
  // outside any caller's transaction: each claim must commit, and be seen by other nodes, at once
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public int sendDue() {
    int delivered = 0;
    for (int scan = 0; scan < MAX_SCANS; scan++) {
      List<Long> due = outbox.due(clock.instant(), properties.batchSize());
      if (due.isEmpty()) {
        break;
      }
      List<Outbox.Pending> claimed = new ArrayList<>();
      for (long id : due) {
        Instant now = clock.instant();
        outbox.claim(id, node, now, now.plus(properties.claimTimeout())).ifPresent(claimed::add);
      }
      delivered += deliver(claimed);
    }
    return delivered;
  }

  /** The SMTP Message-ID of every e-mail of the row {@code id}. */
  String messageId(long id) {
    return "<notification-" + id + "@" + messageIdDomain + ">";
  }

  /**
   * Delivers the claimed rows: the e-mails over one SMTP connection, the rest as log lines; a row
   * the SMTP server refused (or all of them, when it cannot be reached) is tried again later.
   */
  private int deliver(List<Outbox.Pending> rows) {
    JavaMailSender sender = mail.getIfAvailable();
    Map<MimeMessage, Outbox.Pending> mails = new LinkedHashMap<>();
    int delivered = 0;
    for (Outbox.Pending row : rows) {
      if (row.isSms()) {
        delivered += text(row);
      } else if (row.email() != null && sender != null) {
        try {
          mails.put(message(sender, row), row);
        } catch (RuntimeException e) {
          failed(row, e);
        }
      } else {
        log.info(
            "Notification {} to {}{} delivered (no e-mail sent): {} | {}",
            row.id(),
            row.recipient(),
            row.email() == null
                ? ""
                : " <" + (row.channel() == null ? row.email() : masked(row.email())) + ">",
            row.subject(),
            row.body().replaceAll("\\s*\\R\\s*", " / "));
        outbox.sent(row.id(), clock.instant());
        delivered++;
      }
    }
    if (mails.isEmpty()) {
      return delivered;
    }
    Map<Object, Exception> refused = Map.of();
    RuntimeException unreachable = null;
    try {
      sender.send(mails.keySet().toArray(MimeMessage[]::new));
    } catch (MailSendException e) {
      refused = e.getFailedMessages();
      if (refused.isEmpty()) {
        unreachable = e;
      }
    } catch (RuntimeException e) {
      unreachable = e;
    }
    for (Map.Entry<MimeMessage, Outbox.Pending> mail : mails.entrySet()) {
      Exception refusal = refused.get(mail.getKey());
      if (unreachable != null) {
        failed(mail.getValue(), unreachable);
      } else if (refusal != null) {
        failed(mail.getValue(), new MailSendException(refusal.getMessage(), refusal));
      } else {
        outbox.sent(mail.getValue().id(), clock.instant());
        delivered++;
      }
    }
    return delivered;
  }

  /** Sends an applicant's SMS through the gateway; 1 if sent, 0 if tried again later. */
  private int text(Outbox.Pending row) {
    try {
      sms.send(row.phone(), row.body());
    } catch (RuntimeException e) {
      failed(row, e);
      return 0;
    }
    outbox.sent(row.id(), clock.instant());
    return 1;
  }

  private MimeMessage message(JavaMailSender sender, Outbox.Pending row) {
    MimeMessage message = sender.createMimeMessage();
    try {
      byte[] file = attachment(row);
      MimeMessageHelper helper = new MimeMessageHelper(message, file != null, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(row.email());
      helper.setSubject(row.subject());
      helper.setText(row.body(), false);
      if (file != null) {
        helper.addAttachment(
            row.attachmentName(), new ByteArrayResource(file), row.attachmentType());
      }
      // JavaMailSenderImpl keeps an explicit Message-ID when it saves the message
      message.setHeader("Message-ID", messageId(row.id()));
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    return message;
  }

  /** The row's attachment now, or null: none, or no source has it (any more). */
  private byte[] attachment(Outbox.Pending row) {
    if (row.attachmentRef() == null) {
      return null;
    }
    for (NoticeAttachmentSource source : attachments) {
      Optional<byte[]> content = source.content(row.attachmentRef());
      if (content.isPresent()) {
        return content.get();
      }
    }
    log.warn(
        "Notification {}: attachment {} not found, sent without it", row.id(), row.attachmentRef());
    return null;
  }

  private void failed(Outbox.Pending row, Exception e) {
    int attempts = row.attempts() + 1;
    Instant now = clock.instant();
    boolean givenUp = Backoff.givesUp(attempts);
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    outbox.failed(
        row.id(), attempts, now.plus(Backoff.after(attempts)), givenUp ? now : null, error);
    if (givenUp) {
      log.error(
          "Notification {} to {} given up after {} attempts: {}",
          row.id(),
          row.recipient(),
          attempts,
          error);
    } else {
      log.warn(
          "Notification {} to {} failed (attempt {}), tried again later: {}",
          row.id(),
          row.recipient(),
          attempts,
          error);
    }
  }

  /** An applicant's address as logs show it: the domain only. */
  private static String masked(String email) {
    return "…" + email.substring(Math.max(0, email.lastIndexOf('@')));
  }

  private static String nodeId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    // several nodes may share a host and, in tests, a JVM
    return host
        + ":"
        + ProcessHandle.current().pid()
        + ":"
        + UUID.randomUUID().toString().substring(0, 8);
  }
}
