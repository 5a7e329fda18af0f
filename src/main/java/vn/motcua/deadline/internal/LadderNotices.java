package vn.motcua.deadline.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.DeadlineReached;
import vn.motcua.notification.Notifications;

/**
 * The notification each rung sends, in Vietnamese: one per recipient, keyed by the deadline event
 * so that a rung never notifies twice.
 */
@Component
class LadderNotices {

  private final Notifications notifications;

  LadderNotices(Notifications notifications) {
    this.notifications = notifications;
  }

  void send(long eventId, DeadlineReached e, Set<String> to) {
    if (to.isEmpty()) {
      return;
    }
    notifications.send("deadline-event:" + eventId, to, subject(e), body(e), e.dossierCode());
  }

  static String subject(DeadlineReached e) {
    String what =
        switch (e.rung()) {
          case SOON_DUE ->
              e.taskId() == null
                  ? "sắp đến hạn giải quyết"
                  : "bước «" + e.stepName() + "» sắp đến hạn";
          case OVERDUE ->
              e.taskId() == null
                  ? "đã quá hạn giải quyết"
                  : "bước «" + e.stepName() + "» đã quá hạn";
          case UNIT_HEAD, SUPERVISOR -> "bước «" + e.stepName() + "» quá hạn, chuyển cấp trên";
          case APOLOGY_DUE -> "đến hạn gửi văn bản xin lỗi, gia hạn (mẫu 04)";
        };
    return "[Một Cửa] Hồ sơ " + e.dossierCode() + ": " + what;
  }

  static String body(DeadlineReached e) {
    StringBuilder text = new StringBuilder();
    text.append("Hồ sơ: ").append(e.dossierCode()).append('\n');
    if (e.stepName() != null) {
      text.append("Bước: ").append(e.stepName()).append('\n');
    }
    if (e.unitGroup() != null) {
      text.append("Đơn vị: ").append(e.unitGroup()).append('\n');
    }
    if (e.taskId() != null) {
      text.append("Người đang xử lý: ")
          .append(e.holder() == null ? "chưa có người nhận" : e.holder())
          .append('\n');
    }
    if (e.lateMinutes() > 0) {
      text.append("Trễ: ").append(e.lateMinutes()).append(" phút làm việc\n");
    }
    if (e.escalatedTo() != null) {
      text.append("Chuyển đến: ").append(e.escalatedTo()).append('\n');
    }
    text.append("Sự kiện: ").append(e.kind()).append(" lúc ").append(e.at()).append('\n');
    return text.toString();
  }
}
