package vn.motcua.notification.internal;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.motcua.security.CurrentOfficial;

/**
 * The notifications page ({@code /notifications}): the signed-in official's inbox, newest first,
 * unread ones marked, each linking to its dossier's page. Marking read goes through the API with
 * the page's CSRF token ({@code static/js/notifications.js}); the forms it intercepts post here
 * when scripts are off. Vietnamese, or English with {@code ?lang=en}.
 */
@Controller
class NotificationsPage {

  private final JdbcNotifications notifications;
  private final CurrentOfficial official;
  private final Clock clock;

  NotificationsPage(JdbcNotifications notifications, CurrentOfficial official, Clock clock) {
    this.notifications = notifications;
    this.official = official;
    this.clock = clock;
  }

  @GetMapping("/notifications")
  String page(Model model) {
    String user = official.id();
    model.addAttribute("items", notifications.of(user));
    model.addAttribute("unread", notifications.unread(user));
    model.addAttribute("zone", clock.getZone());
    return "notifications";
  }

  @PostMapping("/notifications/{id}/read")
  String read(@PathVariable long id) {
    if (!notifications.markRead(id, official.id())) {
      throw new NotificationProblems.NotificationNotFoundException(id);
    }
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/read")
  String readAll() {
    notifications.markAllRead(official.id());
    return "redirect:/notifications";
  }
}
