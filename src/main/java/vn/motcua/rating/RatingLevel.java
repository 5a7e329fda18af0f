package vn.motcua.rating;

/**
 * The answer to a question, best first: Rất hài lòng, Hài lòng, Bình thường, Không hài lòng. The
 * four-step scale is an assumption (the national portal's current form could not be read); a rating
 * counts as satisfied at {@link #SATISFIED} or better.
 */
public enum RatingLevel {
  VERY_SATISFIED,
  SATISFIED,
  NEUTRAL,
  DISSATISFIED;

  /** "Hài lòng" or better. */
  public boolean satisfied() {
    return this == VERY_SATISFIED || this == SATISFIED;
  }
}
