package vn.motcua.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.documents.internal.PaperContent.Block;
import vn.motcua.documents.internal.PaperContent.Line;
import vn.motcua.documents.internal.PaperContent.Table;

/**
 * The register (form 07) as an XLSX workbook (Apache POI), one sheet: the agency, the title, the
 * paper's lines ("label: value"), then the table with a bold header row, cells wrapped (hand-overs
 * are one per line), then place and date.
 */
final class RegisterXlsx {

  private RegisterXlsx() {}

  static byte[] write(PaperContent paper) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Mẫu số " + paper.number());
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      int r = 0;
      text(sheet, r++, paper.agency(), bold);
      text(sheet, r++, paper.title().toUpperCase(java.util.Locale.forLanguageTag("vi")), bold);
      int columns = 1;
      for (Block block : paper.blocks()) {
        if (block instanceof Line line) {
          text(sheet, r++, line.label() + ": " + line.value(), null);
        } else if (block instanceof Table table) {
          r++;
          columns = table.headers().size();
          r = table(sheet, r, table, bold, wrapped);
        }
      }
      text(sheet, ++r, paper.dated(), null);
      for (int c = 0; c < columns; c++) {
        sheet.setColumnWidth(c, c == 0 ? 6 * 256 : 22 * 256);
      }
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int table(XSSFSheet sheet, int r, Table table, CellStyle bold, CellStyle wrap) {
    row(sheet.createRow(r++), table.headers(), bold);
    for (List<String> cells : table.rows()) {
      row(sheet.createRow(r++), cells, wrap);
    }
    return r;
  }

  private static void row(Row row, List<String> cells, CellStyle style) {
    for (int c = 0; c < cells.size(); c++) {
      var cell = row.createCell(c);
      cell.setCellValue(cells.get(c));
      cell.setCellStyle(style);
    }
  }

  private static void text(XSSFSheet sheet, int r, String value, CellStyle style) {
    var cell = sheet.createRow(r).createCell(0);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
