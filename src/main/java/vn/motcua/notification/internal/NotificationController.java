package vn.motcua.notification.internal;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.notification.Notification;
import vn.motcua.security.CurrentOfficial;

/** {@code /api/notifications}: the signed-in official's in-app inbox. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  /** The inbox: the newest notifications first, and how many are unread. */
  record Inbox(long unread, List<Notification> items) {}

  private final JdbcNotifications notifications;
  private final CurrentOfficial official;

  NotificationController(JdbcNotifications notifications, CurrentOfficial official) {
    this.notifications = notifications;
    this.official = official;
  }

  @GetMapping
  Inbox inbox() {
    String user = official.id();
    return new Inbox(notifications.unread(user), notifications.of(user));
  }

  @PostMapping("/{id}/read")
  ResponseEntity<Void> read(@PathVariable long id) {
    if (!notifications.markRead(id, official.id())) {
      throw new NotificationProblems.NotificationNotFoundException(id);
    }
    return ResponseEntity.noContent().build();
  }

  /** Marks all the official's notifications read. */
  @PostMapping("/read")
  ResponseEntity<Void> readAll() {
    notifications.markAllRead(official.id());
    return ResponseEntity.noContent().build();
  }
}
