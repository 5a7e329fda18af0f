package vn.motcua.notification;

import java.util.Collection;
import java.util.List;

/**
 * The notification outbox. {@link #send} only writes rows, in the caller's transaction (from a BPMN
 * listener or job: the engine's transaction), so a rolled back caller leaves nothing to send; a
 * worker on every node e-mails the rows later and retries failures.
 */
public interface Notifications {

  /**
   * Queues one message per recipient. A {@code (dedupKey, recipient)} pair queued before, by this
   * node or another, is silently ignored, so a retried job or a second node cannot notify twice;
   * use a stable key such as dossier code + step + kind. The recipient's e-mail address is read
   * from the engine's identity service now; a user without one gets the message in-app only.
   *
   * @param recipientUserIds Camunda user ids
   * @param dossierCode the dossier the message is about, or {@code null}
   */
  void send(
      String dedupKey,
      Collection<String> recipientUserIds,
      String subject,
      String body,
      String dossierCode);

  /** The user's in-app notifications, newest first (at most {@value #INBOX_SIZE}). */
  List<Notification> of(String userId);

  /** How many of the user's notifications are not read yet. */
  long unread(String userId);

  /** How many notifications {@link #of} returns at most. */
  int INBOX_SIZE = 100;
}
