package vn.motcua.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The service index's scoring rules, on the real messages and the default points and targets. */
class ServiceIndexUnitTests {

  private static final ServiceIndexPoints DEFAULTS =
      new ServiceIndexPoints(18, 20, 1, 8, 1, 8, 1, 6, 12, 0.5, 10, 18, 1);

  private final ServiceIndex index = new ServiceIndex(DEFAULTS, messages());

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    return messages;
  }

  /** A row: received online and at the desk, early, on time, late, open on time and overdue. */
  private static StatisticsRow row(
      long online, long direct, long early, long onTime, long late, long open, long overdue) {
    return new StatisticsRow(
        "A", "A", "P", "P", 0, online, direct, early, onTime, late, 0, 0, open, overdue, 0, 0, 0);
  }

  private Map<String, ServiceIndex.Indicator> byId(ServiceIndex.Score score) {
    return score.indicators().stream()
        .collect(Collectors.toMap(ServiceIndex.Indicator::id, Function.identity()));
  }

  @Test
  void aRateAboveItsTargetEarnsTheFullPointsAndNoMore() {
    // 6 of 8 online (75%) against a 50% target: capped at 12
    ServiceIndex.Score score =
        index.of(
            row(6, 2, 8, 0, 0, 0, 0),
            new ServiceIndex.Digitised(2, 2),
            ServiceIndex.Digitised.NONE);
    Map<String, ServiceIndex.Indicator> byId = byId(score);
    assertThat(byId.get("submitted-online").ratio()).isEqualByComparingTo("0.75");
    assertThat(byId.get("submitted-online").points()).isEqualByComparingTo("12.00");
    assertThat(byId.get("on-time").points()).isEqualByComparingTo("20.00");
    assertThat(byId.get("digitised").points()).isEqualByComparingTo("8.00");
    assertThat(score.points()).isEqualByComparingTo("40.00");
    assertThat(score.measuredMaxPoints()).isEqualTo(40.0);
    assertThat(score.maxPoints()).isEqualTo(100.0);
  }

  @Test
  void anOverdueDossierStillOpenLowersOnTimeWhereOneOnTimeRaisesIt() {
    // 1 resolved early; 1 open on time; 2 open overdue: (1 + 1) / (1 + 3) × 20 = 10
    ServiceIndex.Indicator onTime =
        byId(index.of(
                row(0, 4, 1, 0, 0, 1, 2), ServiceIndex.Digitised.NONE, ServiceIndex.Digitised.NONE))
            .get("on-time");
    assertThat(onTime.numerator()).isEqualTo(2);
    assertThat(onTime.denominator()).isEqualTo(4);
    assertThat(onTime.points()).isEqualByComparingTo("10.00");
  }

  @Test
  void nothingCountedEarnsNoPointsAndLeavesTheMeasuredMaximum() {
    ServiceIndex.Score score =
        index.of(
            row(0, 0, 0, 0, 0, 0, 0), ServiceIndex.Digitised.NONE, ServiceIndex.Digitised.NONE);
    assertThat(score.indicators())
        .filteredOn(ServiceIndex.Indicator::inIndex)
        .allSatisfy(i -> assertThat(i.points()).isNull());
    assertThat(score.points()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(score.measuredMaxPoints()).isZero();
    assertThat(score.maxPoints()).isEqualTo(100.0);
  }

  @Test
  void theApologyIsShownApartAndOutOfTheTotal() {
    ServiceIndex.Indicator apology =
        byId(index.of(
                row(0, 2, 0, 0, 1, 0, 1), ServiceIndex.Digitised.NONE, ServiceIndex.Digitised.NONE))
            .get("apology");
    assertThat(apology.group()).isEqualTo(ServiceIndex.REFORM_INDEX);
    assertThat(apology.inIndex()).isFalse();
    assertThat(apology.maxPoints()).isNull();
    assertThat(apology.points()).isNull();
    assertThat(apology.denominator()).isEqualTo(2);
  }

  @Test
  void pointsRoundToTheHundredthFromTheExactFraction() {
    // 1 of 3 against 50%: 2/3 × 12 = 7.999… → 8.00; 1 of 7 × 20 = 2.857… → 2.86
    assertThat(ServiceIndex.points(1, 3, 0.5, 12)).isEqualByComparingTo("8.00");
    assertThat(ServiceIndex.points(1, 7, 1, 20)).isEqualByComparingTo("2.86");
  }

  @Test
  void aTargetOutsideZeroToOneIsRefusedAtStartUp() {
    assertThatThrownBy(() -> new ServiceIndexPoints(18, 20, 1, 8, 1, 8, 1, 6, 12, 50, 10, 18, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> new ServiceIndexPoints(18, 20, 0, 8, 1, 8, 1, 6, 12, 0.5, 10, 18, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ServiceIndexPoints(18, 20, 1, 8, 1, 8, 1, 6, 12, 0.5, 10, 18, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void satisfactionScoresTheSatisfiedShareOfTheRatingsAndCountsTheUnrated() {
    // 3 satisfied of 4 ratings, 10 returned: 0.75 × 18 = 13.50, 6 not rated
    ServiceIndex.Indicator satisfaction =
        byId(index.of(
                row(0, 10, 10, 0, 0, 0, 0),
                ServiceIndex.Digitised.NONE,
                ServiceIndex.Digitised.NONE,
                new ServiceIndex.Satisfaction(3, 4, 10)))
            .get("satisfaction");
    assertThat(satisfaction.ratio()).isEqualByComparingTo("0.75");
    assertThat(satisfaction.points()).isEqualByComparingTo("13.50");
    assertThat(satisfaction.notRated()).isEqualTo(6);
    assertThat(satisfaction.unmeasured()).isNull();
  }
}
