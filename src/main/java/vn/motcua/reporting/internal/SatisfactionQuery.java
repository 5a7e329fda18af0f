package vn.motcua.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.Ratings;

/**
 * The satisfaction report: per resolving agency and procedure, the dossiers whose result was
 * returned in the period (the statistics table's "resolved": early, on time, late, REJECTED
 * included), how many of them the applicant rated (whenever), the share of each level for each
 * question, and the satisfaction rate (overall "Hài lòng" or better over all ratings). The ratings
 * are read through the rating module's API ({@link Ratings}), the returned dossiers from the day
 * totals.
 */
@Component
class SatisfactionQuery {

  /** One level's count and share of the question's answers. */
  record Share(long count, BigDecimal share) {}

  /** One line; {@code agency} null for the total. */
  record Row(
      String agency,
      String agencyName,
      String procedure,
      String procedureName,
      long returned,
      long rated,
      long notRated,
      long satisfied,
      BigDecimal satisfactionRate,
      Map<String, Map<RatingLevel, Share>> answers) {}

  /** The report: the questions asked (id → text), the lines and the total. */
  record Report(Period period, Map<String, String> questions, List<Row> rows, Row total) {}

  private final StatisticsQuery statistics;
  private final DayTotals days;
  private final Ratings ratings;
  private final ReportNames names;

  SatisfactionQuery(
      StatisticsQuery statistics, DayTotals days, Ratings ratings, ReportNames names) {
    this.statistics = statistics;
    this.days = days;
    this.ratings = ratings;
    this.names = names;
  }

  Report of(List<String> agencies, Period period, String procedure, String language, String total) {
    Map<String, String> questions = new LinkedHashMap<>();
    ratings.questions(language).forEach(q -> questions.put(q.id(), q.text()));
    Map<List<String>, Counts> groups = new TreeMap<>(GroupKey.ORDER);
    if (!agencies.isEmpty()) {
      for (StatisticsRow r :
          statistics.rows(period, List.of(), days.sums(agencies, period, procedure))) {
        groups.computeIfAbsent(List.of(r.agency(), r.procedure()), k -> new Counts()).returned +=
            r.resolved();
      }
      for (Ratings.Tally t : ratings.tally(agencies, period.start(), period.end(), procedure)) {
        groups.computeIfAbsent(List.of(t.agency(), t.procedure()), k -> new Counts()).add(t);
      }
    }
    ReportNames.Lookup lookup = names.lookup();
    List<Row> rows = new ArrayList<>();
    Counts all = new Counts();
    groups.forEach(
        (key, counts) -> {
          if (counts.returned == 0 && counts.rated == 0) {
            return;
          }
          all.plus(counts);
          rows.add(
              counts.row(
                  key.get(0), lookup.agency(key.get(0)), key.get(1), lookup.procedure(key.get(1))));
        });
    return new Report(period, questions, rows, all.row(null, total, null, null));
  }

  /** The counts of one group while they are summed. */
  private static final class Counts {
    long returned;
    long rated;
    long satisfied;
    final Map<String, Map<RatingLevel, Long>> answers = new TreeMap<>();

    void add(Ratings.Tally t) {
      rated += t.rated();
      satisfied += t.satisfied();
      t.answers().forEach((q, levels) -> levels.forEach((l, n) -> count(q, l, n)));
    }

    void plus(Counts other) {
      returned += other.returned;
      rated += other.rated;
      satisfied += other.satisfied;
      other.answers.forEach((q, levels) -> levels.forEach((l, n) -> count(q, l, n)));
    }

    private void count(String question, RatingLevel level, long n) {
      answers
          .computeIfAbsent(question, k -> new EnumMap<>(RatingLevel.class))
          .merge(level, n, Long::sum);
    }

    Row row(String agency, String agencyName, String procedure, String procedureName) {
      Map<String, Map<RatingLevel, Share>> shares = new LinkedHashMap<>();
      answers.forEach(
          (q, levels) -> {
            long asked = levels.values().stream().mapToLong(Long::longValue).sum();
            Map<RatingLevel, Share> byLevel = new EnumMap<>(RatingLevel.class);
            for (RatingLevel level : RatingLevel.values()) {
              long n = levels.getOrDefault(level, 0L);
              byLevel.put(level, new Share(n, ratio(n, asked)));
            }
            shares.put(q, byLevel);
          });
      return new Row(
          agency,
          agencyName,
          procedure,
          procedureName,
          returned,
          rated,
          Math.max(0, returned - rated),
          satisfied,
          ratio(satisfied, rated),
          shares);
    }
  }

  static BigDecimal ratio(long numerator, long denominator) {
    return denominator == 0
        ? null
        : BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
  }
}
