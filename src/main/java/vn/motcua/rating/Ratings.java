package vn.motcua.rating;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What other modules (the reports, the service index) read of the ratings. */
public interface Ratings {

  /** The question whose answer decides whether a rating is satisfied: overall satisfaction. */
  String OVERALL = "overall";

  /**
   * The ratings of the dossiers of these resolving agencies whose result was returned in {@code
   * [start, end)} (whenever they were rated), per agency and procedure.
   */
  List<Tally> tally(List<String> agencies, Instant start, Instant end, String procedure);

  /** The questions asked now, in order, in the language asked ({@code vi} or {@code en}). */
  List<Question> questions(String language);

  /**
   * The ratings of one agency and procedure: how many, how many satisfied overall ({@link #OVERALL}
   * answered {@link RatingLevel#satisfied()}), and per question the count per level.
   */
  record Tally(
      String agency,
      String procedure,
      long rated,
      long satisfied,
      Map<String, Map<RatingLevel, Long>> answers) {}

  record Question(String id, String text) {}
}
