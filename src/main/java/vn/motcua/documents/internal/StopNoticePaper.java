package vn.motcua.documents.internal;

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
 * Form 05: the notice that processing stops at the applicant's request, from the dossier's
 * WITHDRAWN entry: when it was asked, why, and the official who recorded it.
 */
@Component
class StopNoticePaper implements PaperSource {

  private final PaperData data;
  private final DossierHistory history;

  StopNoticePaper(PaperData data, DossierHistory history) {
    this.data = data;
    this.history = history;
  }

  @Override
  public Paper paper() {
    return Paper.STOP_NOTICE;
  }

  @Override
  public Optional<PaperContent> content(PaperForm form, DossierSummary d) {
    return history
        .latest(d.code(), DossierHistory.WITHDRAWN)
        .map(withdrawal -> content(form, d, withdrawal));
  }

  private PaperContent content(PaperForm form, DossierSummary d, DossierHistoryEntry withdrawal) {
    String receiving = data.agency(d.receivingAgency());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Line("Mã hồ sơ", d.code()));
    blocks.add(new Text(receiving + " đã tiếp nhận hồ sơ của:"));
    blocks.addAll(data.applicant(d));
    blocks.add(new Line("Nội dung yêu cầu giải quyết", data.procedureName(d)));
    blocks.add(new Line("Thời gian đề nghị dừng giải quyết hồ sơ", data.time(withdrawal.at())));
    blocks.add(new Line("Lý do", withdrawal.reason()));
    blocks.add(
        new Text(
            "Theo đề nghị của ông/bà, "
                + receiving
                + " thông báo dừng giải quyết hồ sơ nêu trên kể từ "
                + data.time(withdrawal.at())
                + "."));
    blocks.add(new Text("Xin thông báo để ông/bà được biết./."));
    return data.paper(
        form,
        d.receivingAgency(),
        withdrawal.at(),
        blocks,
        List.of(new Signature("Người tiếp nhận hồ sơ", data.official(withdrawal.actor()))));
  }
}
