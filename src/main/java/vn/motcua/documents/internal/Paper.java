package vn.motcua.documents.internal;

/**
 * The seven official papers of the one-stop mechanism, with their number and title in Circular
 * 03/2025/TT-VPCP (Annex I), the default; a province may print other numbers ({@link PaperForms}).
 *
 * <p>The abbreviation is the paper's part of its symbol ("Số: 15/GTN-UBND"), made as Decree
 * 30/2020/NĐ-CP (Annex III) abbreviates kinds of papers: the initials of its name (Giấy tiếp nhận:
 * GTN; Phiếu yêu cầu bổ sung: PYCBS; Phiếu từ chối: PTC; xin lỗi và gia hạn: XLGH; Thông báo dừng
 * giải quyết: TBDGQ; Phiếu kiểm soát: PKS). The circular gives none: these are our defaults, and a
 * province sets its own ({@link PaperSymbols}). The register (Sổ theo dõi) is a book, not an issued
 * paper: it has no number.
 */
enum Paper {
  RECEIPT("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "GTN"),
  SUPPLEMENT_REQUEST("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "PYCBS"),
  REFUSAL("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "PTC"),
  EXTENSION_REQUEST("04", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", "XLGH"),
  STOP_NOTICE("05", "Thông báo dừng giải quyết hồ sơ", "TBDGQ"),
  CONTROL_SHEET("06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "PKS"),
  DOSSIER_LOG("07", "Sổ theo dõi hồ sơ", null),
  /**
   * The slip with which a desk hands a dossier over to the agency that resolves it (province-wide
   * reception, Decree 118/2025/NĐ-CP Art. 18(2), 20). Annex I of Circular 03/2025 has no such form
   * as far as we could check: this is our own paper, numbered 08 after the seven; a province
   * renumbers it ({@code motcua.documents.forms.transfer-slip.number}).
   */
  TRANSFER_SLIP("08", "Phiếu chuyển hồ sơ", "PCHS");

  private final String number;
  private final String title;
  private final String abbreviation;

  Paper(String number, String title, String abbreviation) {
    this.number = number;
    this.title = title;
    this.abbreviation = abbreviation;
  }

  /** The default abbreviation of the paper in its symbol; null for the register. */
  String abbreviation() {
    return abbreviation;
  }

  String number() {
    return number;
  }

  String title() {
    return title;
  }
}
