/**
 * Notifications: an outbox of messages to civil servants, written in the transaction of what caused
 * them, e-mailed by a sender that runs on every node (each row claimed by one node at a time,
 * retried with backoff, never queued twice), and listed in each user's in-app inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.motcua.notification;
