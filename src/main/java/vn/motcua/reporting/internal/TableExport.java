package vn.motcua.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Table} as CSV (Apache Commons CSV, UTF-8 with a byte-order mark so that
 * spreadsheet programs read the Vietnamese diacritics right) or XLSX (Apache POI, bold header row,
 * numbers as numbers).
 */
@Component
class TableExport {

  byte[] csv(Table table) {
    var bytes = new ByteArrayOutputStream();
    bytes.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(
                writer,
                CSVFormat.DEFAULT
                    .builder()
                    .setHeader(table.headers().toArray(String[]::new))
                    .get())) {
      for (var row : table.rows()) {
        csv.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  byte[] xlsx(Table table) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        var bytes = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet(safeSheetName(table.title()));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int c = 0; c < table.headers().size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(table.headers().get(c));
        cell.setCellStyle(bold);
      }
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = sheet.createRow(r + 1);
        var values = table.rows().get(r);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          Cell cell = row.createCell(c);
          if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (value != null) {
            cell.setCellValue(value.toString());
          }
        }
      }
      for (int c = 0; c < table.headers().size(); c++) {
        sheet.autoSizeColumn(c);
      }
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Excel refuses sheet names over 31 characters or with {@code []:*?/\}. */
  private static String safeSheetName(String title) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
