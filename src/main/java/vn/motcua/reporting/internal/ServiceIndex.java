package vn.motcua.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The service index as the national portal scores it (Decision 766/QĐ-TTg of 23 June 2022, Annex:
 * five groups, 100 points), from the statistics table and the documents received:
 *
 * <ul>
 *   <li>progress: dossiers handled early or on time <b>plus dossiers in progress not yet
 *       overdue</b>, over all dossiers of the period handled or in progress, so an overdue dossier
 *       still open lowers it (the portal's "tỷ lệ hồ sơ xử lý trước hạn, đúng hạn"; provincial
 *       systems publish the same rule, e.g. Gia Lai's: on-time share = 1 − (late in progress + late
 *       handled) / all to handle); online submissions not yet accepted are in neither, their legal
 *       clock not started;
 *   <li>online services: dossiers submitted online over all received (accepted or awaiting
 *       acceptance);
 *   <li>digitisation: dossiers received at the desk or by post whose documents were scanned as
 *       digitised originals (Circular 01/2023/TT-VPCP) over all received so (online dossiers are
 *       electronic already); results returned that were digitised over all returned ({@link
 *       DigitisedDossiers});
 *   <li>every rate scores {@code min(R / target, 1) × points}, the targets and the split inside a
 *       group as configuration ({@link ServiceIndexPoints});
 *   <li>satisfaction: the applicants' ratings of the dossiers returned in the period ({@link
 *       vn.motcua.rating.Ratings}), satisfied (overall "Hài lòng" or better) over all ratings; the
 *       returned dossiers not rated are shown beside it ({@code notRated}); the group's other part
 *       (feedback answered on time) is not recorded yet and the ratings carry its 18 points;
 *   <li>every indicator the system does not record is listed with its points and why it is not
 *       measured, rather than guessed;
 *   <li>the apology for late dossiers is not in Decision 766's formula: it is an item of the
 *       administrative-reform index (PAR Index), shown apart, with no points and out of the total.
 * </ul>
 */
@Component
@EnableConfigurationProperties(ServiceIndexPoints.class)
class ServiceIndex {

  /** The group of the administrative-reform index's items, shown apart from Decision 766. */
  static final String REFORM_INDEX = "reform-index";

  /**
   * One indicator; {@code ratio} and {@code points} are null when not measured (then {@code
   * unmeasured} says why) or when nothing was counted; {@code inIndex}: part of Decision 766's
   * total; {@code maxPoints} null for an indicator outside it.
   */
  record Indicator(
      String group,
      String id,
      String name,
      String formula,
      Long numerator,
      Long denominator,
      BigDecimal ratio,
      BigDecimal target,
      Double maxPoints,
      BigDecimal points,
      boolean inIndex,
      String unmeasured,
      Long notRated) {}

  /**
   * The indicators and Decision 766's total: the points earned on the measured indicators, the
   * points those could earn, and the 100 points of the whole index.
   */
  record Score(
      List<Indicator> indicators, BigDecimal points, double measuredMaxPoints, double maxPoints) {}

  /** Dossiers counted in the period (received, or returned), and those digitised among them. */
  record Digitised(long digitised, long received) {
    static final Digitised NONE = new Digitised(0, 0);

    Digitised plus(Digitised other) {
      return new Digitised(digitised + other.digitised, received + other.received);
    }
  }

  /**
   * The ratings of the dossiers returned in the period: satisfied ones, all ratings, and the
   * dossiers returned (rated or not).
   */
  record Satisfaction(long satisfied, long rated, long returned) {
    static final Satisfaction NONE = new Satisfaction(0, 0, 0);

    Satisfaction plus(Satisfaction other) {
      return new Satisfaction(
          satisfied + other.satisfied, rated + other.rated, returned + other.returned);
    }
  }

  private final ServiceIndexPoints points;
  private final MessageSource messages;

  ServiceIndex(ServiceIndexPoints points, MessageSource messages) {
    this.points = points;
    this.messages = messages;
  }

  Score of(StatisticsRow total, Digitised digitised, Digitised results) {
    return of(total, digitised, results, new Satisfaction(0, 0, total.resolved()));
  }

  Score of(StatisticsRow total, Digitised digitised, Digitised results, Satisfaction satisfaction) {
    List<Indicator> indicators =
        List.of(
            unmeasured("publicity", "published", points.publicity()),
            measured(
                "progress",
                "on-time",
                total.resolvedEarly() + total.resolvedOnTime() + total.inProgressOnTime(),
                total.resolved() + total.inProgress(),
                points.onTimeTarget(),
                points.onTime()),
            measured(
                "digitisation",
                "digitised",
                digitised.digitised(),
                digitised.received(),
                points.digitisedTarget(),
                points.digitised()),
            measured(
                "digitisation",
                "results-digitised",
                results.digitised(),
                results.received(),
                points.resultsDigitisedTarget(),
                points.resultsDigitised()),
            unmeasured("digitisation", "data-reuse", points.dataReuse()),
            measured(
                "online",
                "submitted-online",
                total.receivedOnline(),
                total.receivedOnline() + total.receivedDirect(),
                points.submittedOnlineTarget(),
                points.submittedOnline()),
            unmeasured("online", "paid-online", points.paidOnline()),
            satisfaction(satisfaction),
            apology(total.apologised(), total.lateOnes()));
    BigDecimal earned = BigDecimal.ZERO.setScale(2);
    double measuredMax = 0;
    double max = 0;
    for (Indicator i : indicators) {
      if (!i.inIndex()) {
        continue;
      }
      max += i.maxPoints();
      if (i.points() != null) {
        earned = earned.add(i.points());
        measuredMax += i.maxPoints();
      }
    }
    return new Score(indicators, earned, measuredMax, max);
  }

  /** {@code min(numerator / (denominator × target), 1) × maxPoints}, to the hundredth. */
  static BigDecimal points(long numerator, long denominator, double target, double maxPoints) {
    BigDecimal reached =
        BigDecimal.valueOf(numerator)
            .divide(
                BigDecimal.valueOf(denominator).multiply(BigDecimal.valueOf(target)),
                12,
                RoundingMode.HALF_UP);
    return reached
        .min(BigDecimal.ONE)
        .multiply(BigDecimal.valueOf(maxPoints))
        .setScale(2, RoundingMode.HALF_UP);
  }

  private Indicator measured(
      String group, String id, long numerator, long denominator, double target, double maxPoints) {
    BigDecimal ratio = ratio(numerator, denominator);
    return new Indicator(
        group,
        id,
        text("report.index.766." + id),
        text("report.index.766." + id + ".formula"),
        numerator,
        denominator,
        ratio,
        BigDecimal.valueOf(target),
        maxPoints,
        ratio == null ? null : points(numerator, denominator, target, maxPoints),
        true,
        null,
        null);
  }

  /** Satisfied ratings over all ratings, with the returned dossiers nobody rated. */
  private Indicator satisfaction(Satisfaction s) {
    Indicator rate =
        measured(
            "satisfaction",
            "satisfaction",
            s.satisfied(),
            s.rated(),
            points.satisfactionTarget(),
            points.satisfaction());
    return new Indicator(
        rate.group(),
        rate.id(),
        rate.name(),
        text("report.index.766.satisfaction.ratings-formula"),
        rate.numerator(),
        rate.denominator(),
        rate.ratio(),
        rate.target(),
        rate.maxPoints(),
        rate.points(),
        true,
        null,
        Math.max(0, s.returned() - s.rated()));
  }

  private Indicator unmeasured(String group, String id, double maxPoints) {
    return new Indicator(
        group,
        id,
        text("report.index.766." + id),
        text("report.index.766." + id + ".formula"),
        null,
        null,
        null,
        null,
        maxPoints,
        null,
        true,
        text("report.index.766." + id + ".unmeasured"),
        null);
  }

  /** Late dossiers with an apology letter (form 04): a PAR Index item, no 766 points. */
  private Indicator apology(long apologised, long late) {
    return new Indicator(
        REFORM_INDEX,
        "apology",
        text("report.index.apology"),
        text("report.index.apology.formula"),
        apologised,
        late,
        ratio(apologised, late),
        null,
        null,
        null,
        false,
        null,
        null);
  }

  private static BigDecimal ratio(long numerator, long denominator) {
    return denominator == 0
        ? null
        : BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
