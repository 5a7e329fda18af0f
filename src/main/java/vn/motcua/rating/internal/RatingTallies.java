package vn.motcua.rating.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.Ratings;

/**
 * The ratings counted for the reports: by the resolving agency and procedure of the dossiers
 * returned in the period, each level of each question counted; satisfied = the overall question
 * answered "Hài lòng" or better. One aggregate over {@code rating_answer} joined to its ratings.
 */
@Component
class RatingTallies implements Ratings {

  private static final String TALLY =
      """
      select r.agency, r.procedure_key, a.question_id, a.level, count(*) n
      from rating r join rating_answer a on a.rating_seq = r.seq
      where r.agency in (:agencies) and r.returned_at >= :start and r.returned_at < :end %s
      group by r.agency, r.procedure_key, a.question_id, a.level
      order by r.agency, r.procedure_key
      """;

  private final JdbcClient jdbc;
  private final QuestionSets sets;

  RatingTallies(JdbcClient jdbc, QuestionSets sets) {
    this.jdbc = jdbc;
    this.sets = sets;
  }

  @Override
  public List<Tally> tally(List<String> agencies, Instant start, Instant end, String procedure) {
    if (agencies.isEmpty()) {
      return List.of();
    }
    var statement =
        jdbc.sql(TALLY.formatted(procedure == null ? "" : "and r.procedure_key = :p"))
            .param("agencies", agencies)
            .param("start", RatingRepository.utc(start))
            .param("end", RatingRepository.utc(end));
    if (procedure != null) {
      statement = statement.param("p", procedure);
    }
    Map<List<String>, Map<String, Map<RatingLevel, Long>>> groups = new LinkedHashMap<>();
    statement.query(
        rs -> {
          RatingLevel level;
          try {
            level = RatingLevel.valueOf(rs.getString("level"));
          } catch (IllegalArgumentException unknown) {
            return; // edited by hand: GET /api/ratings/verify says where
          }
          groups
              .computeIfAbsent(
                  List.of(rs.getString("agency"), rs.getString("procedure_key")),
                  k -> new LinkedHashMap<>())
              .computeIfAbsent(rs.getString("question_id"), q -> new EnumMap<>(RatingLevel.class))
              .merge(level, rs.getLong("n"), Long::sum);
        });
    List<Tally> tallies = new ArrayList<>();
    groups.forEach(
        (key, answers) -> {
          Map<RatingLevel, Long> overall = answers.getOrDefault(OVERALL, Map.of());
          long rated = overall.values().stream().mapToLong(Long::longValue).sum();
          long satisfied =
              overall.entrySet().stream()
                  .filter(e -> e.getKey().satisfied())
                  .mapToLong(Map.Entry::getValue)
                  .sum();
          tallies.add(new Tally(key.get(0), key.get(1), rated, satisfied, answers));
        });
    return tallies;
  }

  @Override
  public List<Question> questions(String language) {
    return sets.questions(language);
  }
}
