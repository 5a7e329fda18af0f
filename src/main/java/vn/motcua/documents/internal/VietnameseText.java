package vn.motcua.documents.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.motcua.dossier.DossierStatus;

/** How papers write times and statuses in Vietnamese. */
final class VietnameseText {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm, 'ngày' dd 'tháng' MM 'năm' yyyy");

  private VietnameseText() {}

  /** "09:00, ngày 23 tháng 11 năm 2026", or empty for no time. */
  static String time(Instant instant, ZoneId zone) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  /**
   * "Xã An Bình, ngày 06 tháng 12 năm 2026": days under 10 and the months January and February with
   * a leading zero, other months without (Decree 30/2020/NĐ-CP, Annex I, "địa danh và thời gian ban
   * hành văn bản").
   */
  static String placeDate(String place, Instant instant, ZoneId zone) {
    if (instant == null) {
      return place + ", ngày ... tháng ... năm ...";
    }
    var date = instant.atZone(zone).toLocalDate();
    String month =
        date.getMonthValue() < 3
            ? String.format("%02d", date.getMonthValue())
            : String.valueOf(date.getMonthValue());
    return String.format(
        "%s, ngày %02d tháng %s năm %d", place, date.getDayOfMonth(), month, date.getYear());
  }

  static String status(DossierStatus status) {
    return switch (status) {
      case SUBMITTED -> "Đã nộp, chờ tiếp nhận";
      case RECEIVED -> "Đã tiếp nhận";
      case IN_PROGRESS -> "Đang giải quyết";
      case AWAITING_SUPPLEMENT -> "Chờ bổ sung hồ sơ";
      case RESULT_READY -> "Đã có kết quả, chờ trả";
      case RETURNED -> "Đã trả kết quả";
      case REFUSED -> "Từ chối tiếp nhận";
      case WITHDRAWN -> "Dừng giải quyết theo đề nghị";
      case CLOSED_NO_SUPPLEMENT -> "Kết thúc do không bổ sung hồ sơ";
      case REJECTED -> "Không giải quyết (đã trả kết quả)";
    };
  }
}
