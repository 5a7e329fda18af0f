package vn.motcua.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.internal.PaperContent.Line;
import vn.motcua.documents.internal.PaperContent.Signature;
import vn.motcua.documents.internal.PaperContent.Table;
import vn.motcua.documents.internal.PaperContent.Text;

class PdfPaperUnitTests {

  private static final String ALPHABET =
      "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ Đđ Ăă Ơơ Ưư"
          + " ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

  private final PdfPaper pdf = new PdfPaper();

  @Test
  void drawsEveryVietnameseLetterWithItsDiacritics() throws IOException {
    String text = text(pdf.render(paper(List.of(new Line("Chữ cái", ALPHABET)), List.of())));
    assertThat(text)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("UBND XÃ AN BÌNH")
        .contains("Mẫu số 01")
        .contains("Số: 07/GTN-UBND")
        .contains("Xã An Bình, ngày 23 tháng 11 năm 2026")
        .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
        .contains("Chữ cái: " + ALPHABET)
        .contains("NGƯỜI TIẾP NHẬN HỒ SƠ")
        .contains("Cán bộ tiếp nhận");
  }

  @Test
  void composesDecomposedLettersAndMarksMissingGlyphs() throws IOException {
    String decomposed = Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD);
    String text =
        text(
            pdf.render(
                paper(List.of(new Line("Ông/bà", decomposed), new Text("漢 ổn")), List.of())));
    assertThat(text).contains("Ông/bà: Nguyễn Văn An").contains("? ổn");
  }

  @Test
  void breaksLongTablesAcrossPages() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 80; i++) {
      rows.add(List.of(String.valueOf(i), "Thẩm định hồ sơ, kiểm tra điều kiện", "Đúng hạn"));
    }
    byte[] bytes =
        pdf.render(
            paper(
                List.of(new Table(List.of("STT", "Bước", "Kết quả"), List.of(10, 60, 30), rows)),
                List.of()));
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
    assertThat(text(bytes).split("Đúng hạn", -1)).hasSize(81);
  }

  @Test
  void wrapsTextLongerThanALine() throws IOException {
    String reasons = "Thiếu giấy chứng sinh. ".repeat(40).strip();
    assertThat(text(pdf.render(paper(List.of(new Text(reasons)), List.of())))).contains(reasons);
  }

  private static PaperContent paper(List<PaperContent.Block> blocks, List<Signature> extra) {
    List<Signature> signatures = new ArrayList<>(extra);
    signatures.add(new Signature("Người tiếp nhận hồ sơ", "Cán bộ tiếp nhận"));
    return new PaperContent(
        "01",
        "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
        "UBND xã An Bình",
        new PaperContent.Reference(
            "000.00.01.H99", java.time.Instant.parse("2026-11-23T02:00:00Z"), "GTN-UBND", 7, ""),
        blocks,
        "Xã An Bình, ngày 23 tháng 11 năm 2026",
        signatures);
  }

  /** The PDF's text, NFC, with every run of white space as one space. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }
  }
}
