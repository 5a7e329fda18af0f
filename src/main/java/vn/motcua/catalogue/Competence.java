package vn.motcua.catalogue;

import java.util.Locale;

/**
 * Which agency is competent to resolve a procedure's dossiers, as the procedure declares it in the
 * extension property {@value #PROPERTY}: {@code commune-of-residence} (the commune where the
 * applicant resides), {@code commune-of-land} (the commune where the land or the house lies),
 * {@code agency:<code or alias>} (one agency of the province, e.g. the provincial police for
 * judicial records; an alias is resolved from configuration {@code
 * motcua.competence.agencies.<alias>}), or {@code role:<partner kind>} (the partner agency of that
 * kind of the applicant's commune, as {@code organization.partner(agency, KIND)} routes the steps
 * of inter-agency procedures).
 *
 * <p>Decree 118/2025/NĐ-CP lets any one-stop desk of the province receive a dossier regardless of
 * administrative boundaries (Art. 18); the dossier is then routed to the competent agency, whose
 * code it carries (Art. 28).
 */
public record Competence(Kind kind, String target) {

  public static final String PROPERTY = "competence";

  /** What a procedure without the property means: the commune where the applicant resides. */
  public static final Competence DEFAULT = new Competence(Kind.COMMUNE_OF_RESIDENCE, null);

  public enum Kind {
    COMMUNE_OF_RESIDENCE("commune-of-residence"),
    COMMUNE_OF_LAND("commune-of-land"),
    AGENCY("agency"),
    ROLE("role");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    boolean target() {
      return this == AGENCY || this == ROLE;
    }
  }

  /** Whether the competent agency is the commune the applicant names (residence or land). */
  public boolean byCommune() {
    return kind == Kind.COMMUNE_OF_RESIDENCE || kind == Kind.COMMUNE_OF_LAND;
  }

  /**
   * Reads the property's value; a blank value is {@link #DEFAULT}.
   *
   * @throws IllegalArgumentException a sentence naming what is wrong
   */
  public static Competence parse(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT;
    }
    String text = value.strip();
    for (Kind kind : Kind.values()) {
      if (kind.target() && text.startsWith(kind.word() + ":")) {
        String target = text.substring(kind.word().length() + 1).strip();
        if (target.isEmpty() || !target.matches("[A-Za-z0-9._-]+")) {
          throw new IllegalArgumentException(
              "'competence' = '" + text + "': thiếu hoặc sai mã sau '" + kind.word() + ":'");
        }
        return new Competence(kind, kind == Kind.ROLE ? target.toUpperCase(Locale.ROOT) : target);
      }
      if (!kind.target() && text.equals(kind.word())) {
        return new Competence(kind, null);
      }
    }
    throw new IllegalArgumentException(
        "'competence' phải là commune-of-residence, commune-of-land, agency:<mã> hoặc"
            + " role:<loại cơ quan phối hợp> (was '"
            + text
            + "')");
  }

  @Override
  public String toString() {
    return target == null ? kind.word() : kind.word() + ":" + target;
  }
}
