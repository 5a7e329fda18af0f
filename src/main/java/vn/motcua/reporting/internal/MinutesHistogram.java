package vn.motcua.reporting.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many steps took how many working minutes, in buckets: one per minute below 64, then 16 per
 * doubling (64–67, 68–71, … 128–135, …), so a bucket is at most 1/16 of its lower bound wide and a
 * value read back as its bucket's middle is off by at most 3.2%. It gives the median and 90th
 * percentile of a year of steps from day totals, with {@code percentile_cont}'s interpolation
 * between ranks; exact for steps under an hour. Written as text ({@code bucket:count,…}) in {@code
 * report_step_day}. Hand-written: HdrHistogram does the same but its compact form is binary, and
 * this one is read and summed by many small rows in one report.
 */
final class MinutesHistogram {

  private static final int EXACT = 64;
  private static final int PER_DOUBLING = 16;

  private final TreeMap<Integer, Long> counts = new TreeMap<>();

  static MinutesHistogram decode(String text) {
    MinutesHistogram histogram = new MinutesHistogram();
    if (text != null && !text.isEmpty()) {
      for (String pair : text.split(",")) {
        int colon = pair.indexOf(':');
        histogram.counts.merge(
            Integer.parseInt(pair, 0, colon, 10),
            Long.parseLong(pair, colon + 1, pair.length(), 10),
            Long::sum);
      }
    }
    return histogram;
  }

  String encode() {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
      if (!text.isEmpty()) {
        text.append(',');
      }
      text.append(entry.getKey()).append(':').append(entry.getValue());
    }
    return text.toString();
  }

  MinutesHistogram add(long minutes) {
    counts.merge(bucket(minutes), 1L, Long::sum);
    return this;
  }

  MinutesHistogram add(MinutesHistogram other) {
    other.counts.forEach((bucket, n) -> counts.merge(bucket, n, Long::sum));
    return this;
  }

  long count() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** As SQL's {@code percentile_cont(fraction)}: interpolated between the two nearest ranks. */
  double percentile(double fraction) {
    long n = count();
    if (n == 0) {
      return 0;
    }
    double position = fraction * (n - 1);
    long below = (long) Math.floor(position);
    double lower = valueAtRank(below);
    double upper = valueAtRank(Math.min(n - 1, below + 1));
    return lower + (position - below) * (upper - lower);
  }

  /** The value of the step at a rank (0 = the quickest), as its bucket's middle. */
  private double valueAtRank(long rank) {
    long seen = 0;
    for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
      seen += entry.getValue();
      if (rank < seen) {
        return middle(entry.getKey());
      }
    }
    throw new IllegalArgumentException("rank " + rank + " beyond " + seen);
  }

  static int bucket(long minutes) {
    if (minutes < EXACT) {
      return (int) Math.max(0, minutes);
    }
    int doubling = 63 - Long.numberOfLeadingZeros(minutes); // 6 for 64..127
    int shift = doubling - 4;
    int sub = (int) ((minutes >> shift) - PER_DOUBLING);
    return EXACT + (doubling - 6) * PER_DOUBLING + sub;
  }

  static double middle(int bucket) {
    if (bucket < EXACT) {
      return bucket;
    }
    int doubling = 6 + (bucket - EXACT) / PER_DOUBLING;
    int sub = (bucket - EXACT) % PER_DOUBLING;
    int shift = doubling - 4;
    long lower = (long) (PER_DOUBLING + sub) << shift;
    long width = 1L << shift;
    return lower + (width - 1) / 2.0;
  }
}
