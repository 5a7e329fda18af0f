package vn.motcua.documents.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.documents.internal.PaperContent.Table;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;

/**
 * Form 07: the dossier's line in the desk's log: code, applicant, received, appointment,
 * transferred to, returned, remarks (status, and timeliness once finished).
 */
@Component
class DossierLogPaper implements PaperSource {

  static final List<String> HEADERS =
      List.of(
          "Mã hồ sơ",
          "Người nộp hồ sơ",
          "Ngày nhận",
          "Ngày hẹn trả",
          "Chuyển đến",
          "Ngày trả kết quả",
          "Ghi chú");
  static final List<Integer> WIDTHS = List.of(17, 14, 14, 14, 13, 14, 14);

  private final PaperData data;

  DossierLogPaper(PaperData data) {
    this.data = data;
  }

  @Override
  public Paper paper() {
    return Paper.DOSSIER_LOG;
  }

  @Override
  public Optional<PaperContent> content(PaperForm form, DossierSummary d) {
    String remarks = VietnameseText.status(d.status());
    if (d.status() == DossierStatus.RETURNED || d.status() == DossierStatus.REJECTED) {
      StepTimeliness timeliness = StepTimeliness.of(d.finishedAt(), d.dueAt(), data.now());
      remarks = timeliness.label().isEmpty() ? remarks : remarks + " – " + timeliness.label();
    }
    List<String> row =
        Arrays.asList(
            d.code(),
            d.applicant().fullName(),
            data.time(d.receivedAt()),
            data.time(d.dueAt()),
            data.agency(d.resolvingAgency()),
            data.time(d.finishedAt()),
            remarks);
    return Optional.of(
        new PaperContent(
            form.number(),
            form.title(),
            data.agency(d.receivingAgency()),
            List.of(new Table(HEADERS, WIDTHS, List.of(row))),
            data.date(data.now()),
            List.of()));
  }
}
