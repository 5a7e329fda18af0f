package vn.motcua.notification;

/**
 * The outbox's notices to a dossier's applicant (a citizen, outside the organisation): one message
 * to one address on one channel. Like {@link Notifications#send}, {@link #send} only writes a row,
 * in the caller's transaction; the sender on some node delivers it later (e-mail over SMTP, SMS
 * through the {@link SmsGateway}), claiming it first and retrying with backoff.
 */
public interface ApplicantNotices {

  /** How the applicant is reached. */
  enum Channel {
    EMAIL,
    SMS
  }

  /**
   * Queues the notice unless one with the same {@code dedupKey} was queued on this channel before
   * (by this node or another; the database's unique key decides), so a retried job, an event
   * published twice or a second node cannot send it twice. Use {@code
   * <dossierCode>:<moment>[:<n>]:<channel>}, e.g. {@code 000.00.01.H99-261207-0001:RECEIVED:SMS}.
   *
   * @param address an e-mail address (EMAIL) or a Vietnamese phone number, {@code 0…} or {@code
   *     +84…} (SMS); blanks and dots in a number are ignored
   * @param subject the e-mail's subject (kept for SMS, not sent)
   * @param body the text; for SMS keep it short (one or two messages)
   * @param dossierCode the dossier it is about, or {@code null}
   * @param attachment a file for the e-mail, produced when it is sent; {@code null} for none
   *     (ignored for SMS)
   * @return whether a row was queued now ({@code false}: queued before)
   * @throws IllegalArgumentException an argument is missing, too long or not an address
   */
  boolean send(
      String dedupKey,
      Channel channel,
      String address,
      String subject,
      String body,
      String dossierCode,
      NoticeAttachment attachment);
}
