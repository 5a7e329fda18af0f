package vn.motcua.dossier.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * The province's communes: the commune-level People's Committees of the organisation tree, known by
 * their names ("UBND xã …", "UBND phường …", "UBND đặc khu …", or written out as "Ủy ban nhân dân
 * …"; the commune level since the 2025 reorganisation, and "thị trấn" for trees not yet renamed).
 * The agency table has no level of its own; the name is how the papers already read an agency's
 * locality (the documents module's places).
 */
final class ProvinceCommunes {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final List<String> COUNCILS =
      List.of("ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân ");
  private static final List<String> LEVELS = List.of("xã ", "phường ", "đặc khu ", "thị trấn ");

  private ProvinceCommunes() {}

  /** The communes by their own names ("An Bình", "Hòa Phú", "Tân Lập"), xã and phường mixed. */
  static List<Agency> of(Agencies agencies) {
    Collator order = Collator.getInstance(VIETNAMESE);
    return agencies.all().stream()
        .filter(a -> locality(a.name()) != null)
        .sorted(Comparator.comparing((Agency a) -> locality(a.name()), order))
        .toList();
  }

  /** "an bình" for "UBND xã An Bình"; null for a name that is not a commune's. */
  static String locality(String name) {
    String lower = name.strip().toLowerCase(VIETNAMESE);
    for (String council : COUNCILS) {
      if (lower.startsWith(council)) {
        String rest = lower.substring(council.length());
        for (String level : LEVELS) {
          if (rest.startsWith(level)) {
            return rest.substring(level.length()).strip();
          }
        }
        return null;
      }
    }
    return null;
  }
}
