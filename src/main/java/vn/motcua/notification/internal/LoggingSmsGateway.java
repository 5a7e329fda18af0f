package vn.motcua.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.notification.SmsGateway;

/**
 * The default {@link SmsGateway}: writes each message to the log (logger {@code
 * vn.motcua.notification.sms}) with the number's last three digits only, and keeps nothing.
 */
class LoggingSmsGateway implements SmsGateway {

  private static final Logger LOG = LoggerFactory.getLogger("vn.motcua.notification.sms");

  @Override
  public void send(String phone, String text) {
    String shown = phone.length() > 3 ? "…" + phone.substring(phone.length() - 3) : phone;
    LOG.info("SMS to {}: {}", shown, text);
  }
}
