package vn.motcua.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Procedure;
import vn.motcua.documents.internal.PaperContent.Block;
import vn.motcua.documents.internal.PaperContent.Line;
import vn.motcua.documents.internal.PaperContent.Qr;
import vn.motcua.documents.internal.PaperContent.Signature;
import vn.motcua.documents.internal.PaperContent.Text;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.StatusLinks;

/**
 * Form 01: the receipt with the appointment date, for a dossier the desk has received, listing the
 * documents received as the desk marked them ({@link ReceivedDocuments}).
 */
@Component
class ReceiptPaper implements PaperSource {

  private final PaperData data;
  private final StatusLinks links;
  private final ReceivedDocuments received;

  ReceiptPaper(PaperData data, StatusLinks links, ReceivedDocuments received) {
    this.data = data;
    this.links = links;
    this.received = received;
  }

  @Override
  public Paper paper() {
    return Paper.RECEIPT;
  }

  @Override
  public Optional<PaperContent> content(PaperForm form, DossierSummary d) {
    // an online submission gets its receipt when the desk accepts it: its appointment counts from
    // then
    if (d.receivedAt() == null
        || d.status() == DossierStatus.REFUSED
        || d.status() == DossierStatus.SUBMITTED) {
      return Optional.empty();
    }
    Optional<Procedure> procedure = data.procedure(d);
    String receiving = data.agency(d.receivingAgency());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Line("Mã hồ sơ", d.code()));
    blocks.add(new Line("Cơ quan tiếp nhận", receiving));
    blocks.add(new Line("Cơ quan giải quyết", data.agency(d.resolvingAgency())));
    blocks.add(new Text("Tiếp nhận hồ sơ của:"));
    blocks.addAll(data.applicant(d));
    blocks.add(new Line("Thủ tục hành chính", data.procedureName(d)));
    blocks.addAll(received.blocks(d.code(), procedure));
    blocks.add(new Line("Số lượng hồ sơ", "01 bộ"));
    procedure
        .map(ReceiptPaper::legalTime)
        .ifPresent(t -> blocks.add(new Line("Thời hạn giải quyết theo quy định", t)));
    blocks.add(new Line("Thời gian tiếp nhận hồ sơ", data.time(d.receivedAt())));
    blocks.add(new Line("Thời gian hẹn trả kết quả", data.time(d.dueAt())));
    blocks.add(new Line("Nơi nhận kết quả", "Bộ phận Một cửa – " + receiving));
    String link = links.link(d.code());
    blocks.add(new Qr("Tra cứu tình trạng hồ sơ (quét mã QR)", link, QrCodes.png(link, 300)));
    String officer = data.official(d.receivedBy());
    return Optional.of(
        data.paper(
            form,
            d.receivingAgency(),
            d.receivedAt(),
            blocks,
            List.of(
                new Signature("Người nộp hồ sơ", d.applicant().fullName()),
                new Signature("Người tiếp nhận hồ sơ", officer))));
  }

  static String legalTime(Procedure procedure) {
    if (procedure.legalWorkingHours().isPresent()) {
      return procedure.legalWorkingHours().getAsInt() + " giờ làm việc";
    }
    if (procedure.legalCalendarDays().isPresent()) {
      return procedure.legalCalendarDays().getAsInt() + " ngày";
    }
    return procedure.legalWorkingDays() == 0
        ? "Trong ngày làm việc"
        : procedure.legalWorkingDays() + " ngày làm việc";
  }
}
