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
import vn.motcua.documents.internal.ProcessHistory.StepRecord;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;

/**
 * Form 03: the refusal. At reception (status REFUSED) the reasons are the process variable {@code
 * receptionNote} and the reception officer signs. After appraisal (Decree 118/2025/NĐ-CP Art.
 * 19(3): a dossier that does not qualify is refused in writing with the reasons), the dossier ended
 * REJECTED: the reasons are those of the decision step ({@code approvalNote}, written with {@code
 * approvalDecision}, {@code issueDecision} or {@code permitDecision} in every procedure's decision
 * form), and the competent official who took the decision signs, for the resolving agency.
 */
@Component
class RefusalPaper implements PaperSource {

  /** The reception step's element id, a convention of every procedure's BPMN. */
  static final String RECEPTION_STEP = "Task_Reception";

  static final String REASONS_VARIABLE = "receptionNote";
  static final String DECISION_REASONS_VARIABLE = "approvalNote";

  private final PaperData data;
  private final ProcessHistory history;

  RefusalPaper(PaperData data, ProcessHistory history) {
    this.data = data;
    this.history = history;
  }

  @Override
  public Paper paper() {
    return Paper.REFUSAL;
  }

  @Override
  public Optional<PaperContent> content(PaperForm form, DossierSummary d) {
    if (d.status() == DossierStatus.REFUSED) {
      Optional<StepRecord> reception = history.finished(d.processInstanceId(), RECEPTION_STEP);
      String reasons = history.variable(d.processInstanceId(), REASONS_VARIABLE).orElse("");
      return Optional.of(
          refusal(form, d, d.receivingAgency(), reasons, reception, "Người tiếp nhận hồ sơ"));
    }
    if (d.status() == DossierStatus.REJECTED) {
      Optional<StepRecord> decision = history.decision(d.code());
      String reasons =
          history.variable(d.processInstanceId(), DECISION_REASONS_VARIABLE).orElse("");
      return Optional.of(
          refusal(form, d, d.resolvingAgency(), reasons, decision, "Người có thẩm quyền"));
    }
    return Optional.empty();
  }

  private PaperContent refusal(
      PaperForm form,
      DossierSummary d,
      String agencyCode,
      String reasons,
      Optional<StepRecord> step,
      String signerRole) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Line("Mã hồ sơ", d.code()));
    blocks.add(new Text(data.agency(d.receivingAgency()) + " đã tiếp nhận hồ sơ của:"));
    blocks.addAll(data.applicant(d));
    blocks.add(new Line("Nội dung yêu cầu giải quyết", data.procedureName(d)));
    blocks.add(
        new Text(
            "Sau khi nghiên cứu, đối chiếu với các quy định hiện hành, cơ quan từ chối tiếp nhận,"
                + " giải quyết hồ sơ này với lý do cụ thể như sau:"));
    blocks.add(new Text(reasons));
    blocks.add(new Text("Xin thông báo để ông/bà được biết và thực hiện./."));
    Instant refusedAt = step.map(StepRecord::end).orElse(d.finishedAt());
    String signer = step.map(StepRecord::assignee).orElse(null);
    return data.paper(
        form,
        agencyCode,
        refusedAt,
        blocks,
        List.of(new Signature(signerRole, data.official(signer))));
  }
}
