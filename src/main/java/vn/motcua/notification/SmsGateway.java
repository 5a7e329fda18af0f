package vn.motcua.notification;

/**
 * Sends a text message to a phone number through the province's SMS gateway. The default
 * implementation only logs the message (no gateway is contracted in the open-source product); a
 * deployment provides its own bean of this type, which replaces it.
 */
public interface SmsGateway {

  /**
   * Sends {@code text} to {@code phone} (Vietnamese number, {@code 0…} or {@code +84…}); throws
   * when the gateway refuses, so that the caller retries.
   */
  void send(String phone, String text);
}
