package vn.motcua.taskform.internal;

/**
 * Text for the panel, a form-js {@code text} component: Markdown with HTML blocks, run through
 * form-js templating ({@code {{ … }}}) before Markdown, then sanitised by form-js. Every value
 * taken from a dossier goes through {@link #text}: HTML special characters, Markdown punctuation
 * and template braces become numeric character references, line breaks become {@code <br>}, so a
 * value renders as the characters it holds and nothing else (no tag, no link, no template).
 */
final class PanelHtml {

  /** Punctuation that means nothing to HTML, Markdown or form-js templating. */
  private static final String PLAIN = " ,.;:/-+%@?";

  private PanelHtml() {}

  /** {@code value} as inert HTML text. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    String s = String.valueOf(value);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        out.append("<br>");
      } else if (c == '\r' || (c < 0x20 && c != '\t')) {
        out.append(' ');
      } else if (Character.isLetterOrDigit(c) || c >= 0x80 || PLAIN.indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append("&#").append((int) c).append(';');
      }
    }
    return out.toString();
  }

  /** A link to a path of ours ({@code href} built by the product, its parts escaped). */
  static String link(String href, Object label) {
    return "<a href=\""
        + text(href)
        + "\" target=\"_blank\" rel=\"noopener\">"
        + text(label)
        + "</a>";
  }
}
