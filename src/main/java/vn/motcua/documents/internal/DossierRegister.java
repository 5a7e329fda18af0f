package vn.motcua.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.documents.internal.PaperContent.Block;
import vn.motcua.documents.internal.PaperContent.Line;
import vn.motcua.documents.internal.PaperContent.Table;
import vn.motcua.documents.internal.ProcessHistory.StepRecord;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.Dossiers;

/**
 * Form 07, the register of dossiers (Sổ theo dõi hồ sơ, Circular 03/2025/TT-VPCP, Annex I): one row
 * per dossier the agency received in a period (refusals at the desk are not received): code,
 * applicant, received, appointment, each hand-over (the step, the official it went to, when),
 * returned, a blank column for the recipient's signature on return, and remarks (status, and
 * whether it kept its appointment once finished).
 */
@Component
class DossierRegister {

  static final List<String> HEADERS =
      List.of(
          "STT",
          "Mã hồ sơ",
          "Người nộp hồ sơ",
          "Ngày nhận",
          "Ngày hẹn trả",
          "Chuyển đến",
          "Ngày trả kết quả",
          "Người nhận kết quả (ký, ghi rõ họ tên)",
          "Ghi chú");
  static final List<Integer> WIDTHS = List.of(4, 18, 11, 9, 9, 20, 9, 10, 10);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private final PaperData data;
  private final Dossiers dossiers;
  private final ProcessHistory history;
  private final PaperForms forms;

  DossierRegister(PaperData data, Dossiers dossiers, ProcessHistory history, PaperForms forms) {
    this.data = data;
    this.dossiers = dossiers;
    this.history = history;
    this.forms = forms;
  }

  /** The register of {@code agency} for the days {@code from} to {@code to}, both included. */
  PaperContent of(String agency, LocalDate from, LocalDate to) {
    Instant start = from.atStartOfDay(data.zone()).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(data.zone()).toInstant();
    List<List<String>> rows = new ArrayList<>();
    for (DossierSummary d : dossiers.receivedBetween(agency, start, end)) {
      if (d.status() != DossierStatus.REFUSED) {
        rows.add(row(rows.size() + 1, d));
      }
    }
    List<Block> blocks =
        List.of(
            new Line("Cơ quan tiếp nhận", data.agency(agency)),
            new Line("Từ ngày", DAY.format(from) + " đến ngày " + DAY.format(to)),
            new Line("Số hồ sơ đã tiếp nhận", String.valueOf(rows.size())),
            new Table(HEADERS, WIDTHS, rows));
    return data.paper(forms.form(Paper.DOSSIER_LOG), agency, data.now(), blocks, List.of());
  }

  private List<String> row(int number, DossierSummary d) {
    String remarks = VietnameseText.status(d.status());
    if (d.status().isFinal()) {
      String timeliness = StepTimeliness.of(d.finishedAt(), d.dueAt(), data.now()).label();
      remarks = timeliness.isEmpty() ? remarks : remarks + " – " + timeliness;
    }
    boolean returned = d.status() == DossierStatus.RETURNED || d.status() == DossierStatus.REJECTED;
    return java.util.Arrays.asList(
        String.valueOf(number),
        d.code(),
        d.applicant().fullName(),
        shortTime(d.receivedAt()),
        shortTime(d.dueAt()),
        handOvers(d),
        returned ? shortTime(d.finishedAt()) : "",
        "",
        remarks);
  }

  /** Each step after reception: "HH:mm dd/MM/yyyy: step – official", one per line. */
  private String handOvers(DossierSummary d) {
    return history.steps(d.code()).stream()
        .filter(step -> !RefusalPaper.RECEPTION_STEP.equals(step.key()))
        .map(this::handOver)
        .collect(Collectors.joining("\n"));
  }

  private String handOver(StepRecord step) {
    String to = step.assignee() == null ? "" : " – " + data.official(step.assignee());
    return shortTime(step.start()) + ": " + step.name() + to;
  }

  private String shortTime(Instant instant) {
    return instant == null ? "" : SHORT.format(instant.atZone(data.zone()));
  }
}
