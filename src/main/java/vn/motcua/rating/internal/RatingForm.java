package vn.motcua.rating.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.motcua.rating.RatingLevel;

/**
 * What the rating page shows, online and at the desk alike: the dossier's code, the state ({@code
 * open}, {@code rated}, {@code not-returned}), and for an open one the questions of the set asked
 * now with the levels, and the token the page posts with.
 */
@Component
class RatingForm {

  /** The page's state and form. */
  record Page(
      String code,
      String state,
      String token,
      boolean desk,
      String officer,
      List<QuestionSets.Question> questions,
      List<RatingLevel> levels,
      int maxComment) {}

  private final QuestionSets sets;

  RatingForm(QuestionSets sets) {
    this.sets = sets;
  }

  String show(Model model, Locale locale, Page page) {
    model.addAttribute("rating", page);
    model.addAttribute("language", locale.getLanguage());
    return "public-rating";
  }

  Page open(String code, String token, boolean desk, String officer) {
    return new Page(
        code,
        "open",
        token,
        desk,
        officer,
        sets.current().questions(),
        Arrays.asList(RatingLevel.values()),
        RatingRequest.MAX_COMMENT);
  }

  static Page closed(String code, String state, boolean desk) {
    return new Page(code, state, null, desk, null, List.of(), List.of(), 0);
  }
}
