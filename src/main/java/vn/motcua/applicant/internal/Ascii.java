package vn.motcua.applicant.internal;

import java.text.Normalizer;

/**
 * Vietnamese without diacritics, for SMS: a message in the GSM alphabet holds 160 characters, one
 * with Vietnamese letters (UCS-2) only 70, and phones everywhere show the plain letters.
 */
final class Ascii {

  private Ascii() {}

  static String of(String text) {
    String plain =
        Normalizer.normalize(
                text.replace('đ', 'd').replace('Đ', 'D').replace('–', '-').replace('…', '.'),
                Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return plain.replaceAll("[^\\x20-\\x7E\\n]", "");
  }
}
