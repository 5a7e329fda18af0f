package vn.motcua.documents.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * The place an agency writes before the date of its papers (Decree 30/2020/NĐ-CP, Annex I: the
 * administrative unit where the agency sits): the agency's {@code place} as an administrator set
 * it; otherwise its name without "UBND"/"Ủy ban nhân dân" ("UBND xã An Bình": "Xã An Bình"); for an
 * agency not named after its locality (a department), the place of the agency above it.
 */
@Component
class PaperPlaces {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final String[] COUNCILS = {"UBND ", "Ủy ban nhân dân ", "Uỷ ban nhân dân "};

  private final Agencies agencies;

  PaperPlaces(Agencies agencies) {
    this.agencies = agencies;
  }

  /** "Xã An Bình, ngày 06 tháng 12 năm 2026"; without a known place, dots for it. */
  String dated(String agencyCode, Instant at, ZoneId zone) {
    return VietnameseText.placeDate(place(agencyCode).orElse("......"), at, zone);
  }

  Optional<String> place(String agencyCode) {
    String code = agencyCode;
    for (int depth = 0; code != null && depth < 32; depth++) {
      Optional<String> set = agencies.place(code);
      if (set.isPresent()) {
        return set;
      }
      Optional<Agency> agency = agencies.find(code);
      Optional<String> named = agency.map(Agency::name).flatMap(PaperPlaces::fromName);
      if (named.isPresent()) {
        return named;
      }
      code = agency.map(Agency::parentCode).orElse(null);
    }
    return Optional.empty();
  }

  /** "Xã An Bình" from "UBND xã An Bình"; empty for a name that does not start with a council. */
  static Optional<String> fromName(String name) {
    for (String council : COUNCILS) {
      if (name.regionMatches(true, 0, council, 0, council.length())) {
        String rest = name.substring(council.length()).strip();
        return rest.isEmpty()
            ? Optional.empty()
            : Optional.of(rest.substring(0, 1).toUpperCase(VIETNAMESE) + rest.substring(1));
      }
    }
    return Optional.empty();
  }
}
