package vn.motcua.reporting.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The points and targets of the service index (Decision 766/QĐ-TTg of 23 June 2022: five groups,
 * 100 points: publicity 18, progress 20, digitisation 22, online services 22, satisfaction 18), as
 * {@code motcua.service-index.*}. The group totals are the decision's; the split inside a group and
 * the targets are the province's configuration (the split and targets below are assumptions to
 * confirm against the national portal's current formula sheet, which this project could not read):
 * online services 12 submitted online + 10 paid online; digitisation 8 dossiers digitised + 8
 * results digitised + 6 data reused; satisfaction 18 on the ratings' satisfied share (target 1:
 * linear). A rate indicator scores {@code min(R / target, 1) × points} ({@link ServiceIndex}); a
 * target of 1 scores linearly from zero.
 */
@ConfigurationProperties("motcua.service-index")
record ServiceIndexPoints(
    @DefaultValue("18") double publicity,
    @DefaultValue("20") double onTime,
    @DefaultValue("1") double onTimeTarget,
    @DefaultValue("8") double digitised,
    @DefaultValue("1") double digitisedTarget,
    @DefaultValue("8") double resultsDigitised,
    @DefaultValue("1") double resultsDigitisedTarget,
    @DefaultValue("6") double dataReuse,
    @DefaultValue("12") double submittedOnline,
    @DefaultValue("0.5") double submittedOnlineTarget,
    @DefaultValue("10") double paidOnline,
    @DefaultValue("18") double satisfaction,
    @DefaultValue("1") double satisfactionTarget) {

  ServiceIndexPoints {
    for (double target :
        new double[] {
          onTimeTarget,
          digitisedTarget,
          resultsDigitisedTarget,
          submittedOnlineTarget,
          satisfactionTarget
        }) {
      if (!(target > 0 && target <= 1)) {
        throw new IllegalArgumentException(
            "motcua.service-index targets are shares in (0, 1], not " + target);
      }
    }
    for (double points :
        new double[] {
          publicity,
          onTime,
          digitised,
          resultsDigitised,
          dataReuse,
          submittedOnline,
          paidOnline,
          satisfaction
        }) {
      if (!(points >= 0)) {
        throw new IllegalArgumentException(
            "motcua.service-index points cannot be negative: " + points);
      }
    }
  }
}
