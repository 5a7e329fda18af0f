package vn.motcua.documents.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.documents.internal.PaperContent.Block;
import vn.motcua.documents.internal.PaperContent.Line;
import vn.motcua.documents.internal.PaperContent.Signature;
import vn.motcua.documents.internal.PaperContent.Text;
import vn.motcua.dossier.DossierHistoryEntry;
import vn.motcua.dossier.DossierSummary;

/**
 * The transfer slip ("Phiếu chuyển hồ sơ", {@link Paper#TRANSFER_SLIP}) of a dossier received by
 * one agency's desk for another agency to resolve: the dossier code, the desk that hands it over,
 * the agency that takes it, the documents handed over with their counts, when it was received, the
 * electronic transfer, the paper's deadline (Decree 118/2025/NĐ-CP Art. 18(2)) and, once the desk
 * marked it, when and by whom the paper was transferred. Read from the dossier's {@code
 * TRANSFERRED} history entries.
 */
@Component
class TransferSlipPaper implements PaperSource {

  static final String TRANSFERRED = "TRANSFERRED";

  private final PaperData data;
  private final DossierHistory history;
  private final ReceivedDocuments received;

  TransferSlipPaper(PaperData data, DossierHistory history, ReceivedDocuments received) {
    this.data = data;
    this.history = history;
    this.received = received;
  }

  @Override
  public Paper paper() {
    return Paper.TRANSFER_SLIP;
  }

  @Override
  public Optional<PaperContent> content(PaperForm form, DossierSummary d) {
    if (d.receivedAt() == null || d.receivingAgency().equals(d.resolvingAgency())) {
      return Optional.empty();
    }
    return history.latest(d.code(), TRANSFERRED).map(entry -> content(form, d, entry));
  }

  private PaperContent content(PaperForm form, DossierSummary d, DossierHistoryEntry latest) {
    boolean paperDone = "PAPER".equals(history.detail(latest).path("medium").asText());
    Instant due = history.instant(latest, "paperDueAt");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Line("Mã hồ sơ", d.code()));
    blocks.add(new Line("Bộ phận chuyển hồ sơ", data.agency(d.receivingAgency())));
    blocks.add(
        new Line("Cơ quan nhận hồ sơ (cơ quan giải quyết)", data.agency(d.resolvingAgency())));
    blocks.add(new Text("Hồ sơ của:"));
    blocks.addAll(data.applicant(d));
    blocks.add(new Line("Thủ tục hành chính", data.procedureName(d)));
    blocks.addAll(received.blocks(d.code(), data.procedure(d)));
    blocks.add(new Line("Thời gian tiếp nhận hồ sơ", data.time(d.receivedAt())));
    blocks.add(new Line("Đã chuyển dữ liệu điện tử", data.time(d.receivedAt())));
    if (due != null) {
      blocks.add(new Line("Hạn chuyển hồ sơ giấy", data.time(due)));
    }
    blocks.add(
        new Line(
            "Thời gian chuyển hồ sơ giấy", paperDone ? data.time(latest.at()) : "Chưa chuyển"));
    blocks.add(
        new Text(
            "Căn cứ Nghị định số 118/2025/NĐ-CP, Điều 18 khoản 2 và Điều 20: hồ sơ giấy được chuyển"
                + " trong ngày làm việc, hoặc đầu ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ."));
    String officer = data.official(paperDone ? latest.actor() : d.receivedBy());
    return data.paper(
        form,
        d.receivingAgency(),
        paperDone ? latest.at() : d.receivedAt(),
        blocks,
        List.of(
            new Signature("Người nhận hồ sơ", ""), new Signature("Người chuyển hồ sơ", officer)));
  }
}
