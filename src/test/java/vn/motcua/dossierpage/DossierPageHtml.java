package vn.motcua.dossierpage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dossier page's HTML as a person reads it: one section's text, whether a form is there.
 */
final class DossierPageHtml {

  private final String html;

  DossierPageHtml(String html) {
    this.html = html;
  }

  /** The text of the element with this id (a section or a span), tags and spacing removed. */
  String text(String id) {
    Matcher open =
        Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
    if (!open.find()) {
      return "";
    }
    String tag = open.group(1);
    int depth = 1;
    Matcher tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(html);
    int from = open.end();
    int end = html.length();
    tags.region(from, html.length());
    while (tags.find()) {
      depth += tags.group(1).isEmpty() ? 1 : -1;
      if (depth == 0) {
        end = tags.start();
        break;
      }
    }
    return html.substring(from, end)
        .replaceAll("<[^>]+>", " ")
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replaceAll("\\s+", " ")
        .strip();
  }

  boolean has(String id) {
    return html.contains("id=\"" + id + "\"");
  }

  String html() {
    return html;
  }
}
