package vn.motcua.documents.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The symbol after a paper's number: the paper's abbreviation and the issuing agency's, joined by a
 * hyphen ("GTN-UBND"), as Decree 30/2020/NĐ-CP (Annex I) writes symbols. A province sets its own
 * abbreviations, e.g. {@code motcua.documents.numbering.papers.receipt=TNHS} and {@code
 * motcua.documents.numbering.agencies[000.00.01.H99]=UBND}. An agency without one is abbreviated
 * from its name: a leading upper-case word ("UBND xã An Bình": UBND), otherwise the initials of its
 * words ("Sở Tư pháp": STP).
 */
@ConfigurationProperties("motcua.documents.numbering")
record PaperSymbols(Map<Paper, String> papers, Map<String, String> agencies) {

  PaperSymbols {
    papers = papers == null ? Map.of() : Map.copyOf(papers);
    agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
  }

  /** The symbol of this paper issued by this agency; null when the paper has no number. */
  String symbol(Paper paper, String agencyCode, String agencyName) {
    String form = papers.getOrDefault(paper, paper.abbreviation());
    if (form == null || form.isBlank()) {
      return null;
    }
    String agency = agencies.get(agencyCode);
    return form + "-" + (agency != null ? agency : abbreviation(agencyName));
  }

  /** "UBND" for "UBND xã An Bình", "STP" for "Sở Tư pháp". */
  static String abbreviation(String agencyName) {
    String[] words = agencyName == null ? new String[0] : agencyName.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return "";
    }
    if (words[0].length() > 1 && words[0].equals(words[0].toUpperCase(Locale.ROOT))) {
      return words[0];
    }
    return Arrays.stream(words)
        .filter(word -> Character.isLetter(word.charAt(0)))
        .map(word -> Normalizer.normalize(word.substring(0, 1), Normalizer.Form.NFC))
        .map(initial -> initial.toUpperCase(Locale.forLanguageTag("vi")))
        .map(PaperSymbols::plain)
        .collect(Collectors.joining());
  }

  /** The letter without its tone and vowel marks, except Đ, which Vietnamese symbols keep. */
  private static String plain(String letter) {
    if (letter.equals("Đ")) {
      return letter;
    }
    return Normalizer.normalize(letter, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
