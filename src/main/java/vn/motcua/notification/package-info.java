/**
 * Notifications: an outbox of messages to civil servants (in-app, and e-mail when they have an
 * address) and to dossiers' applicants (e-mail or SMS to the address the dossier records, {@link
 * vn.motcua.notification.ApplicantNotices}), written in the transaction of what caused them, sent
 * by a sender that runs on every node (each row claimed by one node at a time, retried with
 * backoff, never queued twice), and listed in each official's in-app inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.motcua.notification;
