package vn.motcua.notification;

import java.time.Instant;

/**
 * One message in a user's in-app inbox.
 *
 * @param dossierCode the dossier it is about, or {@code null}
 * @param readAt when the user marked it read, {@code null} while unread
 */
public record Notification(
    long id, String subject, String body, String dossierCode, Instant createdAt, Instant readAt) {}
