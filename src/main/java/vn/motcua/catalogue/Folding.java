package vn.motcua.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching: lower case, without diacritics, {@code đ} read as {@code d},
 * runs of white space as one space ("Đăng ký" and "dang ky" fold alike).
 */
public final class Folding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Folding() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return SPACES
        .matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .strip();
  }
}
