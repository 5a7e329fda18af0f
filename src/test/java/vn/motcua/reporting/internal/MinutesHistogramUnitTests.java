package vn.motcua.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MinutesHistogramUnitTests {

  @Property
  void aValueFallsInABucketWhoseMiddleIsWithinThreePointTwoPercent(
      @ForAll @LongRange(min = 0, max = 10_000_000) long minutes) {
    double middle = MinutesHistogram.middle(MinutesHistogram.bucket(minutes));
    if (minutes < 64) {
      assertThat(middle).isEqualTo(minutes);
    } else {
      assertThat(Math.abs(middle - minutes) / minutes).isLessThanOrEqualTo(1 / 32.0);
    }
  }

  @Property
  void bucketsFollowTheValuesInOrder(
      @ForAll @LongRange(min = 0, max = 10_000_000) long a,
      @ForAll @LongRange(min = 0, max = 10_000_000) long b) {
    if (a <= b) {
      assertThat(MinutesHistogram.bucket(a)).isLessThanOrEqualTo(MinutesHistogram.bucket(b));
    }
  }

  @Property
  void percentilesAreWithinThreePointTwoPercentOfTheExactOnes(
      @ForAll @Size(min = 1, max = 300) List<@IntRange(min = 0, max = 100_000) Integer> minutes,
      @ForAll @IntRange(min = 0, max = 100) int percent) {
    MinutesHistogram histogram = new MinutesHistogram();
    minutes.forEach(histogram::add);
    double fraction = percent / 100.0;
    double exact = percentileCont(minutes, fraction);

    assertThat(histogram.percentile(fraction)).isCloseTo(exact, within(exact / 32 + 1e-9));
    assertThat(histogram.count()).isEqualTo(minutes.size());
  }

  @Property
  void whatIsWrittenReadsBackTheSame(
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 1_000_000) Integer> minutes) {
    MinutesHistogram histogram = new MinutesHistogram();
    minutes.forEach(histogram::add);
    MinutesHistogram read = MinutesHistogram.decode(histogram.encode());
    assertThat(read.encode()).isEqualTo(histogram.encode());
    assertThat(read.percentile(0.9)).isEqualTo(histogram.percentile(0.9));
  }

  @Test
  void underAnHourItIsExactAsPercentileCont() {
    MinutesHistogram histogram = new MinutesHistogram();
    List.of(0, 0, 10, 20, 50).forEach(histogram::add);
    // ranks 0..4; 90th percentile at position 3.6: 20 + 0.6 * (50 - 20) = 38
    assertThat(histogram.percentile(0.5)).isEqualTo(10.0);
    assertThat(histogram.percentile(0.9)).isCloseTo(38.0, within(1e-9));
    assertThat(histogram.encode()).isEqualTo("0:2,10:1,20:1,50:1");
  }

  @Test
  void summedHistogramsCountBoth() {
    MinutesHistogram a = MinutesHistogram.decode("0:2,70:1");
    MinutesHistogram b = MinutesHistogram.decode("0:1,90:4");
    assertThat(a.add(b).encode()).isEqualTo("0:3,70:1,90:4");
    assertThat(MinutesHistogram.decode("").count()).isZero();
  }

  private static double percentileCont(List<Integer> values, double fraction) {
    int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
    double position = fraction * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
