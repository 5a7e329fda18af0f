package vn.motcua.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.web.util.HtmlUtils;

/** Papers' text as a reader sees it, for assertions: PDF and HTML alike. */
final class PaperTexts {

  private static final Pattern NUMBER = Pattern.compile("Số: (\\d+)/([^ ]+)");

  private PaperTexts() {}

  /** The PDF's text, NFC, every run of white space as one space. */
  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return normalised(new PDFTextStripper().getText(document));
    }
  }

  /** The page's text without tags, entities decoded, NFC, every run of white space as one space. */
  static String htmlText(byte[] html) {
    String page = new String(html, StandardCharsets.UTF_8);
    String body = page.substring(page.indexOf("<body"));
    return normalised(HtmlUtils.htmlUnescape(body.replaceAll("<[^>]+>", " ")));
  }

  static String normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
  }

  /** The number of "Số: 15/GTN-UBND" in the text, checking the symbol. */
  static int number(String text, String symbol) {
    Matcher matcher = NUMBER.matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("no number and symbol in: " + text);
    }
    if (!matcher.group(2).equals(symbol)) {
      throw new AssertionError("symbol " + matcher.group(2) + ", expected " + symbol);
    }
    return Integer.parseInt(matcher.group(1));
  }
}
