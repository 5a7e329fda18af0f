package vn.motcua.documents.internal;

/**
 * The seven official papers of the one-stop mechanism, with their number and title in Circular
 * 03/2025/TT-VPCP (Annex I), the default; a province may print other numbers ({@link PaperForms}).
 */
enum Paper {
  RECEIPT("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
  SUPPLEMENT_REQUEST("02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
  REFUSAL("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
  EXTENSION_REQUEST("04", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"),
  STOP_NOTICE("05", "Thông báo dừng giải quyết hồ sơ"),
  CONTROL_SHEET("06", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
  DOSSIER_LOG("07", "Sổ theo dõi hồ sơ");

  private final String number;
  private final String title;

  Paper(String number, String title) {
    this.number = number;
    this.title = title;
  }

  String number() {
    return number;
  }

  String title() {
    return title;
  }
}
