package vn.motcua.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Procedure;
import vn.motcua.documents.internal.PaperContent.Block;
import vn.motcua.documents.internal.PaperContent.Items;
import vn.motcua.documents.internal.PaperContent.Table;
import vn.motcua.documents.internal.PaperContent.Text;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.dossier.DeskIntake.Received;
import vn.motcua.dossier.ReceivedDocument;

/**
 * What receipt 01 lists as received (Circular 03/2025/TT-VPCP, Annex I, form 01: each document with
 * original or copy and count), from the checklist the desk marked at reception:
 *
 * <ul>
 *   <li>each document filed, with its form (original, certified copy, copy) and count;
 *   <li>a document marked missing is not listed;
 *   <li>a document the desk marked as shown for checking ({@link Received#SHOWN}: the applicant
 *       shows it and takes it back, e.g. an identity paper, Decree 123/2015/NĐ-CP Art. 2(1)) is
 *       listed under "Giấy tờ xuất trình để đối chiếu (không lưu trong hồ sơ)", never among the
 *       documents filed. Only the desk's mark decides, not the document's name: an identity paper
 *       marked as an original or a copy was filed and is listed with the others (dossiers received
 *       before the desk could mark SHOWN keep the marks they were received with);
 *   <li>a dossier without a checklist (taken in through the dossier API) lists the procedure's
 *       required documents, labelled as the required list, not as what was received.
 * </ul>
 */
@Component
class ReceivedDocuments {

  static final List<String> HEADERS = List.of("STT", "Tên giấy tờ", "Hình thức", "Số lượng");
  static final List<Integer> WIDTHS = List.of(7, 61, 20, 12);
  static final String FILED = "Thành phần hồ sơ đã nhận";
  static final String SHOWN = "Giấy tờ xuất trình để đối chiếu (không lưu trong hồ sơ)";
  static final String REQUIRED =
      "Thành phần hồ sơ theo quy định (hồ sơ không có bảng kiểm tại quầy)";

  // the paper's entry points ({@link PaperRegistry}) decided who may read the dossier: an official
  // under the access rule of Dossiers#find, or the applicant's own notice ({@link
  // ApplicantPaperFiles})
  private final ApplicantDossiers dossiers;

  ReceivedDocuments(ApplicantDossiers dossiers) {
    this.dossiers = dossiers;
  }

  List<Block> blocks(String code, Optional<Procedure> procedure) {
    List<ReceivedDocument> checklist = dossiers.checklist(code);
    if (checklist.isEmpty()) {
      List<String> required = procedure.map(ReceivedDocuments::required).orElse(List.of());
      return required.isEmpty() ? List.of() : List.of(new Items(REQUIRED, required));
    }
    List<List<String>> filed = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (ReceivedDocument document : checklist) {
      if (document.received() == Received.MISSING) {
        continue;
      }
      if (document.received() == Received.SHOWN) {
        shown.add(document.name() + " (bản chính)");
        continue;
      }
      filed.add(
          List.of(
              String.valueOf(filed.size() + 1),
              document.name(),
              form(document.received()),
              String.format("%02d", document.count())));
    }
    List<Block> blocks = new ArrayList<>();
    if (!filed.isEmpty()) {
      blocks.add(new Text(FILED + ":"));
      blocks.add(new Table(HEADERS, WIDTHS, filed));
    }
    if (!shown.isEmpty()) {
      blocks.add(new Items(SHOWN, shown));
    }
    return blocks;
  }

  /** The procedure's {@code requiredDocuments}, as its checklist names them. */
  static List<String> required(Procedure procedure) {
    return procedure.checklist().stream().map(Procedure.RequiredDocument::name).toList();
  }

  static String form(Received received) {
    return switch (received) {
      case ORIGINAL -> "Bản chính";
      case CERTIFIED_COPY -> "Bản sao chứng thực";
      case COPY -> "Bản sao";
      case SHOWN -> "Xuất trình để đối chiếu";
      case MISSING -> "Chưa nộp";
    };
  }
}
