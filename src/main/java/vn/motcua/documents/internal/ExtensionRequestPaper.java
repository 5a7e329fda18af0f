package vn.motcua.documents.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.documents.internal.PaperContent.Block;
import vn.motcua.documents.internal.PaperContent.Line;
import vn.motcua.documents.internal.PaperContent.Text;
import vn.motcua.dossier.DossierHistoryEntry;
import vn.motcua.dossier.DossierSummary;

/**
 * Form 04: the late agency's apology asking for a new date, from the dossier's EXTENDED entry (an
 * appointment is extended only once): the original appointment, the reason, the apology and the new
 * date, signed by the head of the resolving agency by name (Circular 03/2025/TT-VPCP, Annex I, form
 * 04; {@link AgencyHead}).
 */
@Component
class ExtensionRequestPaper implements PaperSource {

  private final PaperData data;
  private final DossierHistory history;
  private final AgencyHead head;

  ExtensionRequestPaper(PaperData data, DossierHistory history, AgencyHead head) {
    this.data = data;
    this.history = history;
    this.head = head;
  }

  @Override
  public Paper paper() {
    return Paper.EXTENSION_REQUEST;
  }

  @Override
  public Optional<PaperContent> content(PaperForm form, DossierSummary d) {
    return history
        .latest(d.code(), DossierHistory.EXTENDED)
        .map(extension -> content(form, d, extension));
  }

  private PaperContent content(PaperForm form, DossierSummary d, DossierHistoryEntry extension) {
    String resolving = data.agency(d.resolvingAgency());
    Instant previous = history.instant(extension, "previousDueAt");
    Instant next = history.instant(extension, "newDueAt");
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Text(
            resolving
                + " đã tiếp nhận hồ sơ của ông/bà "
                + d.applicant().fullName()
                + " lúc "
                + data.time(d.receivedAt())
                + "."));
    blocks.add(new Line("Mã hồ sơ", d.code()));
    blocks.add(new Line("Ông/bà", d.applicant().fullName()));
    blocks.add(new Line("Số định danh cá nhân", d.applicant().idNumber()));
    blocks.add(new Line("Thủ tục hành chính", data.procedureName(d)));
    blocks.add(new Line("Thời gian hẹn trả kết quả giải quyết hồ sơ", data.time(previous)));
    blocks.add(
        new Text(
            "Tuy nhiên đến nay, "
                + resolving
                + " chưa thể trả kết quả giải quyết hồ sơ của ông/bà đúng hẹn."));
    blocks.add(new Line("Lý do", extension.reason()));
    blocks.add(
        new Text(
            "Sự chậm trễ này đã gây phiền hà cho ông/bà. "
                + resolving
                + " thành thật xin lỗi ông/bà và đề nghị gia hạn thời gian giải quyết hồ sơ."));
    blocks.add(new Line("Thời gian hẹn trả kết quả mới", data.time(next)));
    blocks.add(new Text("Xin trân trọng cảm ơn sự hợp tác của ông/bà./."));
    return data.paper(
        form,
        d.resolvingAgency(),
        extension.at(),
        blocks,
        List.of(head.signature(d.resolvingAgency(), extension.actor())));
  }
}
