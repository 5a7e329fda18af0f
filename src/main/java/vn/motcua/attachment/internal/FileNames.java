package vn.motcua.attachment.internal;

import java.text.Normalizer;

/**
 * File names as stored and sent back: the last segment of whatever path the client sent, without
 * control or format characters (no NUL, no line breaks, no bidirectional overrides), Unicode
 * letters kept (composed, NFC), at most {@link #MAX_LENGTH} characters with the extension kept.
 */
final class FileNames {

  static final int MAX_LENGTH = 200;

  private FileNames() {}

  /** The clean name, or an empty string when nothing usable is left. */
  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = text(name);
    while (name.startsWith(".")) {
      name = name.substring(1).strip();
    }
    return shorten(name);
  }

  /** A one-line text without control or format characters, stripped (a kind's name). */
  static String text(String raw) {
    StringBuilder kept = new StringBuilder(raw.length());
    Normalizer.normalize(raw, Normalizer.Form.NFC)
        .codePoints()
        .filter(c -> !isHidden(c))
        .forEach(c -> kept.appendCodePoint(Character.isWhitespace(c) ? ' ' : c));
    return kept.toString().strip();
  }

  /** The extension in lower case without the dot ({@code "pdf"}), or an empty string. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean isHidden(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED;
  }

  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    String extension = extension(name);
    String suffix = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
    String stem = name.substring(0, name.length() - suffix.length());
    int keep = MAX_LENGTH - suffix.length();
    return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + suffix;
  }
}
