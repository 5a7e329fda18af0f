package vn.motcua.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.motcua.notification.SmsGateway;

/**
 * Turns on Spring's scheduler for the notification sender, which runs on every node: the claim in
 * {@link Outbox} keeps two nodes from sending the same row.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

  /** The SMS gateway that only logs, unless the deployment provides one. */
  @Bean
  @ConditionalOnMissingBean(SmsGateway.class)
  SmsGateway loggingSmsGateway() {
    return new LoggingSmsGateway();
  }

  /** Sends due notifications every {@code motcua.notification.poll} unless the sender is off. */
  @Component
  @ConditionalOnProperty(
      name = "motcua.notification.sender.enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class NotificationPoller {

    private final NotificationSender sender;

    NotificationPoller(NotificationSender sender) {
      this.sender = sender;
    }

    @Scheduled(
        fixedDelayString = "${motcua.notification.poll:PT5S}",
        initialDelayString = "${motcua.notification.poll:PT5S}")
    void poll() {
      sender.sendDue();
    }
  }
}
