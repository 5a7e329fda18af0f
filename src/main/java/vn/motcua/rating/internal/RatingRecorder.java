package vn.motcua.rating.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierOutcomes;
import vn.motcua.dossier.StatusLinks;
import vn.motcua.rating.DossierRated;
import vn.motcua.rating.RatingLevel;

/**
 * Records the applicant's rating of a dossier: only with the dossier's status-link token (online,
 * the link of the "result returned" notice) or a desk token of its tablet page; only once the
 * result was returned (RETURNED, or REJECTED: not granted, the reasons returned); only once. The
 * rating is chained to the one before under the head's row lock and announced ({@link
 * DossierRated}) in the same transaction, which the audit trail joins as entry {@code RATED}.
 */
@Component
class RatingRecorder {

  static final String ONLINE = "ONLINE";
  static final String DESK = "DESK";

  /** What the applicant is told: the dossier and when the rating was recorded. */
  record Rated(String code, Instant ratedAt) {}

  private final DossierOutcomes outcomes;
  private final StatusLinks links;
  private final DeskTokens deskTokens;
  private final QuestionSets sets;
  private final RatingRepository ratings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RatingRecorder(
      DossierOutcomes outcomes,
      StatusLinks links,
      DeskTokens deskTokens,
      QuestionSets sets,
      RatingRepository ratings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.outcomes = outcomes;
    this.links = links;
    this.deskTokens = deskTokens;
    this.sets = sets;
    this.ratings = ratings;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  Rated rate(String code, RatingRequest request) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (code.length() > 64) {
      throw RatingProblems.notFound();
    }
    DossierOutcomes.Outcome dossier = outcomes.find(code).orElseThrow(RatingProblems::notFound);
    String officer = null;
    if (!links.verify(code, request.token())) {
      officer =
          deskTokens.consume(code, request.token(), now).orElseThrow(RatingProblems::notFound);
    }
    check(dossier);
    QuestionSets.QuestionSet set = sets.current();
    TreeMap<String, RatingLevel> answers = answers(set, request.answers());
    String comment =
        request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
    RatingRepository.Head head = ratings.lockHead();
    if (ratings.exists(code)) {
      throw RatingProblems.alreadyRated();
    }
    StoredRating rating =
        new StoredRating(
            head.seq() + 1,
            code,
            dossier.procedureKey(),
            dossier.resolvingAgency(),
            dossier.receivingAgency(),
            dossier.finishedAt().truncatedTo(ChronoUnit.MILLIS),
            now,
            ApplicantActor.of(dossier),
            officer == null ? ONLINE : DESK,
            officer,
            set.version(),
            answers,
            comment,
            null,
            null);
    String hash = RatingHash.of(rating, head.hash());
    ratings.insert(rating.sealed(head.hash(), hash));
    events.publishEvent(
        new DossierRated(
            code,
            rating.actor(),
            rating.channel(),
            officer,
            set.version(),
            rating.seq(),
            hash,
            now));
    return new Rated(code, now);
  }

  /** Whether the dossier may be rated now; throws 409 when not yet or not again. */
  void check(DossierOutcomes.Outcome dossier) {
    if (!dossier.resultReturned() || dossier.finishedAt() == null) {
      throw RatingProblems.notReturned();
    }
    if (ratings.exists(dossier.code())) {
      throw RatingProblems.alreadyRated();
    }
  }

  /** The dossier behind a status-link token, or empty: unknown code and wrong token alike. */
  Optional<DossierOutcomes.Outcome> byToken(String code, String token) {
    if (code.length() > 64 || token == null || token.length() > 64 || !links.verify(code, token)) {
      return Optional.empty();
    }
    return outcomes.find(code);
  }

  private static TreeMap<String, RatingLevel> answers(
      QuestionSets.QuestionSet set, Map<String, String> given) {
    if (given == null) {
      throw RatingProblems.answers("answers", "answers-missing");
    }
    TreeMap<String, RatingLevel> answers = new TreeMap<>();
    for (String question : set.ids()) {
      String level = given.get(question);
      if (level == null || level.isBlank()) {
        throw RatingProblems.answers("answers." + question, "answer-missing");
      }
      try {
        answers.put(question, RatingLevel.valueOf(level.strip()));
      } catch (IllegalArgumentException e) {
        throw RatingProblems.answers("answers." + question, "level");
      }
    }
    for (String question : given.keySet()) {
      if (!answers.containsKey(question)) {
        throw RatingProblems.answers("answers", "question-unknown");
      }
    }
    return answers;
  }
}
