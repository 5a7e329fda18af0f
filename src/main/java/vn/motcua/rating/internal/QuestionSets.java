package vn.motcua.rating.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.rating.Ratings;

/**
 * The question sets (tables {@code rating_question_set}, {@code rating_question}): the set asked
 * now is the one active most recently; a rating stores the version it answered.
 */
@Component
class QuestionSets {

  /** The set asked now and its questions in order, in both languages. */
  record QuestionSet(String version, List<Question> questions) {
    List<String> ids() {
      return questions.stream().map(Question::id).toList();
    }
  }

  record Question(String id, String textVi, String textEn) {
    public String text(String language) {
      return "en".equals(language) ? textEn : textVi;
    }
  }

  private final JdbcClient jdbc;

  QuestionSets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  QuestionSet current() {
    String version =
        jdbc.sql("select version from rating_question_set order by active_from desc limit 1")
            .query(String.class)
            .single();
    List<Question> questions =
        jdbc.sql(
                "select id, text_vi, text_en from rating_question where set_version = ?"
                    + " order by position")
            .param(version)
            .query((rs, n) -> new Question(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    return new QuestionSet(version, questions);
  }

  List<Ratings.Question> questions(String language) {
    return current().questions().stream()
        .map(q -> new Ratings.Question(q.id(), q.text(language)))
        .toList();
  }
}
