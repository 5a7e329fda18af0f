package vn.motcua.documents.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.documents.internal.PaperContent.Block;
import vn.motcua.documents.internal.PaperContent.Line;
import vn.motcua.documents.internal.PaperContent.Table;
import vn.motcua.documents.internal.ProcessHistory.StepRecord;
import vn.motcua.dossier.DossierSummary;

/**
 * Form 06: the process control sheet, one row per step of the dossier's process: who handed it on,
 * who received it, when, the step's due date and whether it kept it.
 */
@Component
class ControlSheetPaper implements PaperSource {

  static final List<String> HEADERS =
      List.of(
          "STT",
          "Bước xử lý",
          "Bên giao",
          "Bên nhận",
          "Thời gian nhận",
          "Thời gian hoàn thành",
          "Hạn xử lý",
          "Kết quả");
  static final List<Integer> WIDTHS = List.of(5, 14, 13, 13, 14, 14, 14, 13);

  private final PaperData data;
  private final ProcessHistory history;

  ControlSheetPaper(PaperData data, ProcessHistory history) {
    this.data = data;
    this.history = history;
  }

  @Override
  public Paper paper() {
    return Paper.CONTROL_SHEET;
  }

  @Override
  public Optional<PaperContent> content(PaperForm form, DossierSummary d) {
    List<StepRecord> steps = history.steps(d.code());
    Instant now = data.now();
    List<List<String>> rows = new ArrayList<>();
    String handedBy = d.applicant().fullName();
    for (StepRecord step : steps) {
      String receivedBy = data.official(step.assignee());
      rows.add(
          List.of(
              String.valueOf(rows.size() + 1),
              step.name(),
              handedBy,
              receivedBy,
              data.time(step.start()),
              data.time(step.end()),
              data.time(step.due()),
              StepTimeliness.of(step.end(), step.due(), now).label()));
      handedBy = receivedBy;
    }
    List<Block> blocks =
        List.of(
            new Line("Mã hồ sơ", d.code()),
            new Line("Người nộp hồ sơ", d.applicant().fullName()),
            new Line("Thủ tục hành chính", data.procedureName(d)),
            new Line("Cơ quan giải quyết", data.agency(d.resolvingAgency())),
            new Line("Thời gian hẹn trả kết quả", data.time(d.dueAt())),
            new Table(HEADERS, WIDTHS, rows));
    return Optional.of(
        data.paper(
            form,
            d.receivingAgency(),
            d.receivedAt() == null ? now : d.receivedAt(),
            blocks,
            List.of()));
  }
}
