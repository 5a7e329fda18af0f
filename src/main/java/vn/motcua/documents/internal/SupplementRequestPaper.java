package vn.motcua.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.documents.internal.PaperContent.Block;
import vn.motcua.documents.internal.PaperContent.Items;
import vn.motcua.documents.internal.PaperContent.Line;
import vn.motcua.documents.internal.PaperContent.Signature;
import vn.motcua.documents.internal.PaperContent.Text;
import vn.motcua.dossier.DossierHistoryEntry;
import vn.motcua.dossier.DossierSummary;

/**
 * Form 02: the supplementation request, from the dossier's latest SUPPLEMENTATION_REQUESTED entry:
 * what to add or fix (its items) and why (its reason), signed by the official who asked.
 */
@Component
class SupplementRequestPaper implements PaperSource {

  private final PaperData data;
  private final DossierHistory history;

  SupplementRequestPaper(PaperData data, DossierHistory history) {
    this.data = data;
    this.history = history;
  }

  @Override
  public Paper paper() {
    return Paper.SUPPLEMENT_REQUEST;
  }

  @Override
  public Optional<PaperContent> content(PaperForm form, DossierSummary d) {
    return history
        .latest(d.code(), DossierHistory.SUPPLEMENTATION_REQUESTED)
        .map(request -> content(form, d, request));
  }

  private PaperContent content(PaperForm form, DossierSummary d, DossierHistoryEntry request) {
    String receiving = data.agency(d.receivingAgency());
    String officer = data.official(request.actor());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Line("Mã hồ sơ", d.code()));
    blocks.add(new Text(receiving + " đã tiếp nhận hồ sơ của:"));
    blocks.addAll(data.applicant(d));
    blocks.add(new Line("Nội dung yêu cầu giải quyết", data.procedureName(d)));
    blocks.add(
        new Items(
            "Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau",
            history.texts(request, "items")));
    blocks.add(new Line("Lý do", request.reason()));
    blocks.add(
        new Text(
            "Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với "
                + officer
                + " tại Bộ phận Một cửa – "
                + receiving
                + " để được hướng dẫn./."));
    // one request at the desk, one during processing (Decree 118/2025 Art. 19(5)): two papers
    return data.paper(
            form,
            d.receivingAgency(),
            request.at(),
            blocks,
            List.of(new Signature("Người hướng dẫn", officer)))
        .onOccasion(request.at().toString());
  }
}
