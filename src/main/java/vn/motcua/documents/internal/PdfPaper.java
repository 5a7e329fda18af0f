package vn.motcua.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import vn.motcua.documents.internal.PaperContent.Block;
import vn.motcua.documents.internal.PaperContent.Items;
import vn.motcua.documents.internal.PaperContent.Line;
import vn.motcua.documents.internal.PaperContent.Qr;
import vn.motcua.documents.internal.PaperContent.Signature;
import vn.motcua.documents.internal.PaperContent.Table;
import vn.motcua.documents.internal.PaperContent.Text;
import vn.motcua.documents.internal.PdfPageWriter.Style;

/**
 * Lays a paper out as an A4 PDF: national heading beside the agency, form number, title, the body
 * blocks, the date line and signature boxes. The font is Liberation Sans, which PDFBox bundles (SIL
 * Open Font License 1.1) and which covers Vietnamese; only the glyphs used are embedded.
 */
@Component
class PdfPaper {

  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final Style BODY = new Style(11, false, false);
  private static final Style HEAD = new Style(11, true, true);
  private static final Style CENTERED = new Style(11, false, true);
  private static final Style SMALL = new Style(9, false, true);
  private static final Style SMALL_LEFT = new Style(9, false, false);
  private static final float QR_SIZE = 96;
  private static final Style TITLE = new Style(13, true, true);
  private static final Style CELL = new Style(8.5f, false, false);
  private static final Style HEADER_CELL = new Style(8.5f, true, true);

  byte[] render(PaperContent paper) {
    return render(paper, PDRectangle.A4);
  }

  /** The paper on A4 landscape pages, for the register's wide table. */
  byte[] renderLandscape(PaperContent paper) {
    return render(paper, new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
  }

  private byte[] render(PaperContent paper, PDRectangle size) {
    try (PDDocument document = new PDDocument()) {
      document.getDocumentInformation().setTitle(paper.title());
      PdfText text = new PdfText(font(document));
      try (PdfPageWriter page = new PdfPageWriter(document, text, size)) {
        heading(page, text, paper);
        for (Block block : paper.blocks()) {
          block(page, block);
        }
        signatures(page, paper);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render paper " + paper.number(), e);
    }
  }

  private static PDType0Font font(PDDocument document) throws IOException {
    try (InputStream in = PdfPaper.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IOException("font " + FONT + " is not on the class path");
      }
      return PDType0Font.load(document, in, true);
    }
  }

  private static void heading(PdfPageWriter page, PdfText text, PaperContent paper)
      throws IOException {
    page.text(paper.formLabel(), new Style(9, false, false), page.left() + page.width() - 60, 60);
    float top = page.y();
    float split = page.width() * 0.42f;
    page.text(upper(paper.agency()), HEAD, page.left(), split);
    if (!paper.referenceLine().isEmpty()) {
      page.gap(4);
      page.text(paper.referenceLine(), CENTERED, page.left(), split);
    }
    float agencyBottom = page.y();
    page.moveTo(top);
    float right = page.left() + split;
    float rightWidth = page.width() - split;
    page.text(paper.nation(), HEAD, right, rightWidth);
    page.text(paper.motto(), HEAD, right, rightWidth);
    page.rule(right, rightWidth, text.width(paper.motto(), HEAD.size()));
    page.gap(4);
    page.text(paper.dated(), CENTERED, right, rightWidth);
    page.moveTo(Math.min(agencyBottom, page.y()));
    page.gap(24);
    page.paragraph(upper(paper.title()), TITLE);
    page.gap(14);
  }

  private static void block(PdfPageWriter page, Block block) throws IOException {
    if (block instanceof Line line) {
      page.paragraph(line.label() + ": " + line.value(), BODY);
    } else if (block instanceof Items items) {
      page.paragraph(items.label() + ":", BODY);
      int number = 0;
      for (String item : items.items()) {
        page.text(++number + ". " + item, BODY, page.left() + 16, page.width() - 16);
      }
    } else if (block instanceof Text text) {
      page.paragraph(text.text(), BODY);
    } else if (block instanceof Qr qr) {
      page.gap(6);
      page.keep(QR_SIZE + 30);
      page.paragraph(qr.label() + ":", BODY);
      page.image(qr.png(), page.left(), QR_SIZE);
      page.paragraph(qr.link(), SMALL_LEFT);
    } else if (block instanceof Table table) {
      page.gap(6);
      page.row(table.headers(), table.widths(), HEADER_CELL);
      for (List<String> row : table.rows()) {
        page.row(row, table.widths(), CELL);
      }
    }
    page.gap(3);
  }

  private static void signatures(PdfPageWriter page, PaperContent paper) throws IOException {
    List<Signature> signatures = paper.signatures();
    page.gap(12);
    if (signatures.isEmpty()) {
      return;
    }
    page.keep(130);
    float half = page.width() / 2;
    float width = page.width() / Math.max(2, signatures.size());
    float x = page.left() + (signatures.size() == 1 ? half : 0);
    float top = page.y();
    float bottom = top;
    for (Signature signature : signatures) {
      page.moveTo(top);
      page.text(upper(signature.role()), HEAD, x, width);
      page.text("(Ký, ghi rõ họ tên)", SMALL, x, width);
      page.gap(48);
      page.text(signature.name(), HEAD, x, width);
      bottom = Math.min(bottom, page.y());
      x += width;
    }
    page.moveTo(bottom);
  }

  private static String upper(String s) {
    return s == null ? "" : s.toUpperCase(VIETNAMESE);
  }
}
