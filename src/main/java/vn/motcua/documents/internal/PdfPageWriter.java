package vn.motcua.documents.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A tiny writer of A4 pages: wrapped text in a column at a cursor that moves down, table rows with
 * borders, and a new page whenever the next piece does not fit.
 */
final class PdfPageWriter implements Closeable {

  /** How a piece of text looks; bold is drawn by stroking the glyph outlines. */
  record Style(float size, boolean bold, boolean centered) {
    float leading() {
      return size * 1.35f;
    }
  }

  static final float MARGIN = 50;
  private static final float LEFT = 64;
  private static final float PADDING = 3;

  private final PDDocument document;
  private final PdfText text;
  private final PDRectangle size;
  private PDPageContentStream out;
  private float y;

  /** Pages of {@code size}: A4 portrait, or A4 landscape for wide tables (the register). */
  PdfPageWriter(PDDocument document, PdfText text, PDRectangle size) throws IOException {
    this.document = document;
    this.text = text;
    this.size = size;
    newPage();
  }

  float left() {
    return LEFT;
  }

  float width() {
    return size.getWidth() - LEFT - MARGIN;
  }

  float y() {
    return y;
  }

  void moveTo(float y) {
    this.y = y;
  }

  void gap(float height) throws IOException {
    keep(height);
    y -= height;
  }

  /** Wraps {@code s} into the column {@code [x, x + width]} below the cursor. */
  void text(String s, Style style, float x, float width) throws IOException {
    for (String line : text.wrap(s, style.size(), width)) {
      keep(style.leading());
      draw(line, style, x, width, y - style.size());
      y -= style.leading();
    }
  }

  /** Draws a PNG {@code size} points square at {@code x} below the cursor. */
  void image(byte[] png, float x, float size) throws IOException {
    keep(size);
    PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "qr.png");
    out.drawImage(image, x, y - size, size, size);
    y -= size;
  }

  void paragraph(String s, Style style) throws IOException {
    text(s, style, LEFT, width());
  }

  /** A horizontal rule centred in {@code [x, x + width]}, {@code length} long, at the cursor. */
  void rule(float x, float width, float length) throws IOException {
    float start = x + (width - length) / 2;
    out.moveTo(start, y + 2);
    out.lineTo(start + length, y + 2);
    out.stroke();
  }

  /** One table row: cells wrapped in columns of the given widths (percent), with borders. */
  void row(List<String> cells, List<Integer> widths, Style style) throws IOException {
    List<List<String>> wrapped = new ArrayList<>();
    float height = 0;
    for (int i = 0; i < cells.size(); i++) {
      List<String> lines = text.wrap(cells.get(i), style.size(), column(widths, i) - 2 * PADDING);
      wrapped.add(lines);
      height = Math.max(height, lines.size() * style.leading() + 2 * PADDING);
    }
    keep(height);
    float x = LEFT;
    for (int i = 0; i < cells.size(); i++) {
      float w = column(widths, i);
      float baseline = y - PADDING - style.size();
      for (String line : wrapped.get(i)) {
        draw(line, style, x + PADDING, w - 2 * PADDING, baseline);
        baseline -= style.leading();
      }
      out.addRect(x, y - height, w, height);
      x += w;
    }
    out.stroke();
    y -= height;
  }

  private float column(List<Integer> widths, int i) {
    int total = widths.stream().mapToInt(Integer::intValue).sum();
    return width() * widths.get(i) / total;
  }

  private void draw(String line, Style style, float x, float width, float baseline)
      throws IOException {
    float offset = style.centered() ? (width - text.width(line, style.size())) / 2 : 0;
    out.setLineWidth(style.bold() ? style.size() / 30 : 0.6f);
    out.beginText();
    out.setFont(text.font(), style.size());
    out.setRenderingMode(style.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
    out.newLineAtOffset(x + offset, baseline);
    out.showText(line);
    out.endText();
    out.setLineWidth(0.6f);
  }

  /** Starts a new page unless {@code height} fits below the cursor, to keep a piece together. */
  void keep(float height) throws IOException {
    if (y - height < MARGIN) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(size);
    document.addPage(page);
    out = new PDPageContentStream(document, page);
    out.setLineWidth(0.6f);
    y = size.getHeight() - MARGIN;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
