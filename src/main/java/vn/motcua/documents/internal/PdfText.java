package vn.motcua.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as one embedded font can draw it: NFC-normalised (Vietnamese letters as single glyphs),
 * characters the font lacks shown as "?", and wrapped into lines of a given width.
 */
final class PdfText {

  private final PDFont font;

  PdfText(PDFont font) {
    this.font = font;
  }

  PDFont font() {
    return font;
  }

  float width(String s, float size) {
    try {
      return font.getStringWidth(s) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of {@code s} no wider than {@code width}; line breaks in {@code s} are kept. */
  List<String> wrap(String s, float size, float width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : drawable(s).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" +")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(candidate, size) <= width) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
        }
        line.setLength(0);
        while (width(word, size) > width && word.length() > 1) {
          int fit = fitting(word, size, width);
          lines.add(word.substring(0, fit));
          word = word.substring(fit);
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** How many leading characters of {@code word} fit in {@code width} (at least one). */
  private int fitting(String word, float size, float width) {
    int fit = 1;
    while (fit < word.length() && width(word.substring(0, fit + 1), size) <= width) {
      fit++;
    }
    return Character.isHighSurrogate(word.charAt(fit - 1)) && fit > 1 ? fit - 1 : fit;
  }

  /** NFC, tabs and other controls as spaces, line breaks as "\n", missing glyphs as "?". */
  String drawable(String s) {
    String text = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
    StringBuilder result = new StringBuilder(text.length());
    text.replace("\r\n", "\n")
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '\n') {
                result.append('\n');
              } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                result.append(' ');
              } else {
                result.append(canDraw(cp) ? Character.toString(cp) : "?");
              }
            });
    return result.toString();
  }

  private boolean canDraw(int codePoint) {
    try {
      font.encode(Character.toString(codePoint));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
