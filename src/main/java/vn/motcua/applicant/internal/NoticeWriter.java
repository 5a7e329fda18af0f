package vn.motcua.applicant.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.StatusLinks;
import vn.motcua.notification.NoticeText;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * Writes the applicant's notices in Vietnamese (the applicant's language; the dossier records no
 * other), times in the agency's zone ("09:00 ngày 07/12/2026"). The e-mail names the paper attached
 * and ends with the public status link; the SMS says the same in one or two messages, without
 * diacritics ({@link Ascii}), with the status link (or, for a supplementation request, the link to
 * supplement online).
 */
@Component
class NoticeWriter {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final String SIGNATURE =
      "\n\nThư này được gửi tự động từ hệ thống Một Cửa, xin ông/bà không trả lời thư.";

  private final StatusLinks links;
  private final Agencies agencies;
  private final ProcedureCatalogue catalogue;
  private final Clock clock;

  NoticeWriter(StatusLinks links, Agencies agencies, ProcedureCatalogue catalogue, Clock clock) {
    this.links = links;
    this.agencies = agencies;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** The page where the applicant supplements the dossier online, with the dossier's token. */
  String supplementLink(String code) {
    return links.link("/public/supplement/", code);
  }

  /** The page where the applicant rates the service, with the dossier's token. */
  String ratingLink(String code) {
    return links.link("/public/rating/", code);
  }

  Written write(Occasion o, String formNumber) {
    DossierSummary d = o.dossier();
    String code = d.code();
    String status = links.link(code);
    String desk = "Bộ phận Một cửa – " + agency(d.receivingAgency());
    String greeting = "Kính gửi ông/bà " + d.applicant().fullName() + ",\n\n";
    String procedure = procedure(d);
    String paper =
        formNumber == null ? "" : "\n\nMẫu số " + formNumber + " được gửi kèm thư này (tệp PDF).";
    String end = "\n\nTra cứu tình trạng hồ sơ: " + status + SIGNATURE;
    return switch (o.moment()) {
      case SUBMITTED ->
          new Written(
              "Hồ sơ " + code + " đã được nộp, đang chờ tiếp nhận",
              greeting
                  + agency(d.receivingAgency())
                  + " đã nhận được hồ sơ "
                  + procedure
                  + " ông/bà nộp trực tuyến lúc "
                  + time(d.receivedAt())
                  + ".\nMã hồ sơ: "
                  + code
                  + "\n\nBộ phận Một cửa sẽ kiểm tra và tiếp nhận hồ sơ, hoặc hướng dẫn ông/bà"
                  + " bổ sung, trong thời hạn 08 giờ làm việc (Nghị định 118/2025/NĐ-CP, Điều 17"
                  + " khoản 2 điểm c). Thời hạn giải quyết được tính từ khi hồ sơ được tiếp nhận;"
                  + " ông/bà sẽ nhận được thông báo kèm ngày hẹn trả kết quả."
                  + end,
              "Ho so "
                  + code
                  + " da duoc nop truc tuyen, dang cho tiep nhan (toi da 8 gio lam viec). Tra cuu: "
                  + status);
      case RECEIVED ->
          new Written(
              "Hồ sơ " + code + " đã được tiếp nhận, hẹn trả kết quả " + time(o.dueAt()),
              greeting
                  + agency(d.receivingAgency())
                  + " đã tiếp nhận hồ sơ "
                  + procedure
                  + " của ông/bà.\nMã hồ sơ: "
                  + code
                  + "\nThời gian tiếp nhận: "
                  + time(o.at())
                  + "\nThời gian hẹn trả kết quả: "
                  + time(o.dueAt())
                  + "\nNơi nhận kết quả: "
                  + desk
                  + paper
                  + end,
              "Ho so "
                  + code
                  + " da duoc tiep nhan, hen tra ket qua "
                  + Ascii.of(time(o.dueAt()))
                  + ". Tra cuu: "
                  + status);
      case SUPPLEMENTATION_REQUESTED -> supplementation(o, greeting, procedure, paper, end);
      case EXTENDED ->
          new Written(
              "Xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + code,
              greeting
                  + agency(d.resolvingAgency())
                  + " thành thật xin lỗi ông/bà vì chưa trả kết quả hồ sơ "
                  + procedure
                  + " (mã "
                  + code
                  + ") đúng hẹn.\nLý do: "
                  + o.reason()
                  + "\nNgày hẹn trước: "
                  + time(o.previousDueAt())
                  + "\nNgày hẹn mới: "
                  + time(o.dueAt())
                  + paper
                  + end,
              "Xin loi ong/ba: ho so "
                  + code
                  + " cham tra ket qua, hen lai "
                  + Ascii.of(time(o.dueAt()))
                  + ". Tra cuu: "
                  + status);
      case REFUSED ->
          new Written(
              (o.rejected()
                  ? "Hồ sơ " + code + " không được giải quyết"
                  : "Hồ sơ " + code + " bị từ chối tiếp nhận"),
              greeting
                  + (o.rejected()
                      ? "Hồ sơ "
                          + procedure
                          + " (mã "
                          + code
                          + ") của ông/bà không được giải quyết."
                      : agency(d.receivingAgency())
                          + " từ chối tiếp nhận giải quyết hồ sơ "
                          + procedure
                          + " (mã "
                          + code
                          + ") của ông/bà.")
                  + "\nLý do được nêu trong phiếu từ chối."
                  + paper
                  + "\n\nMọi thắc mắc xin liên hệ "
                  + desk
                  + "."
                  + end,
              "Ho so "
                  + code
                  + (o.rejected() ? " khong duoc giai quyet" : " bi tu choi tiep nhan")
                  + ". Ly do xem phieu tu choi. Tra cuu: "
                  + status);
      case RESULT_READY ->
          new Written(
              "Hồ sơ " + code + " đã có kết quả",
              greeting
                  + "Hồ sơ "
                  + procedure
                  + " (mã "
                  + code
                  + ") của ông/bà đã có kết quả từ "
                  + time(o.at())
                  + ".\nMời ông/bà đến nhận kết quả tại "
                  + desk
                  + " trong giờ làm việc, mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả"
                  + " và giấy tờ tùy thân."
                  + end,
              "Ho so "
                  + code
                  + " da co ket qua. Moi ong/ba den nhan tai "
                  + Ascii.of(desk)
                  + " trong gio lam viec. Tra cuu: "
                  + status);
      case RETURNED ->
          new Written(
              "Mời ông/bà đánh giá việc giải quyết hồ sơ " + code,
              greeting
                  + "Hồ sơ "
                  + procedure
                  + " (mã "
                  + code
                  + ") của ông/bà đã được trả kết quả lúc "
                  + time(o.at())
                  + ".\nMời ông/bà dành một phút đánh giá mức độ hài lòng về việc giải quyết"
                  + " hồ sơ (mỗi hồ sơ được đánh giá một lần): "
                  + ratingLink(code)
                  + end,
              "Ho so " + code + " da tra ket qua. Moi ong/ba danh gia: " + ratingLink(code));
    };
  }

  private Written supplementation(
      Occasion o, String greeting, String procedure, String paper, String end) {
    DossierSummary d = o.dossier();
    String code = d.code();
    String link = supplementLink(code);
    StringBuilder list = new StringBuilder();
    o.items().forEach(item -> list.append("\n  - ").append(item));
    return new Written(
        "Hồ sơ " + code + " cần bổ sung, hoàn thiện",
        greeting
            + agency(d.receivingAgency())
            + " đề nghị ông/bà bổ sung, hoàn thiện hồ sơ "
            + procedure
            + " (mã "
            + code
            + ") như sau:"
            + list
            + (o.reason() == null || o.reason().isBlank() ? "" : "\nLý do: " + o.reason())
            + "\n\nÔng/bà có thể gửi giấy tờ bổ sung trực tuyến tại: "
            + link
            + "\nhoặc nộp trực tiếp tại Bộ phận Một cửa. Thời hạn giải quyết tạm dừng cho đến"
            + " khi nhận đủ hồ sơ bổ sung."
            + paper
            + end,
        "Ho so "
            + code
            + " can bo sung: "
            + Ascii.of(shorten(String.join("; ", o.items()), 60))
            + ". Bo sung truc tuyen: "
            + link);
  }

  private String procedure(DossierSummary d) {
    try {
      return catalogue.ofDefinition(d.procedureDefinitionId()).name();
    } catch (RuntimeException gone) {
      return d.procedureKey();
    }
  }

  private String agency(String code) {
    return agencies.find(code).map(Agency::name).orElse(code);
  }

  private String time(Instant at) {
    return NoticeText.time(at, clock.getZone(), VIETNAMESE);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
