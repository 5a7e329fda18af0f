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
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;

/**
 * Form 03: the refusal, for a dossier refused at reception. The reasons are the process variable
 * {@code receptionNote}; the officer is whoever completed the reception step.
 */
@Component
class RefusalPaper implements PaperSource {

  /** The reception step's element id, a convention of every procedure's BPMN. */
  static final String RECEPTION_STEP = "Task_Reception";

  static final String REASONS_VARIABLE = "receptionNote";

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
    if (d.status() != DossierStatus.REFUSED) {
      return Optional.empty();
    }
    Optional<ProcessHistory.StepRecord> reception =
        history.finished(d.processInstanceId(), RECEPTION_STEP);
    String reasons = history.variable(d.processInstanceId(), REASONS_VARIABLE).orElse("");
    String receiving = data.agency(d.receivingAgency());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Line("Mã hồ sơ", d.code()));
    blocks.add(new Text(receiving + " đã tiếp nhận hồ sơ của:"));
    blocks.addAll(data.applicant(d));
    blocks.add(new Line("Nội dung yêu cầu giải quyết", data.procedureName(d)));
    blocks.add(
        new Text(
            "Sau khi nghiên cứu, đối chiếu với các quy định hiện hành, cơ quan từ chối tiếp nhận,"
                + " giải quyết hồ sơ này với lý do cụ thể như sau:"));
    blocks.add(new Text(reasons));
    blocks.add(new Text("Xin thông báo để ông/bà được biết và thực hiện./."));
    Instant refusedAt = reception.map(ProcessHistory.StepRecord::end).orElse(d.finishedAt());
    String officer = reception.map(ProcessHistory.StepRecord::assignee).orElse(null);
    return Optional.of(
        new PaperContent(
            form.number(),
            form.title(),
            receiving,
            blocks,
            data.date(refusedAt == null ? data.now() : refusedAt),
            List.of(new Signature("Người tiếp nhận hồ sơ", data.official(officer)))));
  }
}
