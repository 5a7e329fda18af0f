package vn.motcua.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code motcua.notification}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} messages are only logged.
 *
 * @param poll how long the sender waits between two runs on each node
 * @param sender whether this node runs the sender at all
 * @param from the e-mails' sender address; its domain also names the Message-ID
 * @param claimTimeout how long a node owns a row it is sending; longer than an SMTP send may take
 * @param batchSize how many due rows one scan reads
 */
@ConfigurationProperties("motcua.notification")
record NotificationProperties(
    @DefaultValue("PT5S") Duration poll,
    @DefaultValue Sender sender,
    @DefaultValue("no-reply@motcua.vn") String from,
    @DefaultValue("PT5M") Duration claimTimeout,
    @DefaultValue("50") int batchSize) {

  /**
   * @param enabled {@code false} leaves sending to other nodes (or, in tests, to the test)
   */
  record Sender(@DefaultValue("true") boolean enabled) {}
}
