package vn.motcua.reporting.internal;

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

  /** Counts by bucket; grows to the highest bucket seen (288 buckets reach 2^20 minutes). */
  private long[] counts = new long[EXACT];

  /** Reads {@code bucket:count,…}, adding to this histogram; parsed by hand, as it runs per row. */
  MinutesHistogram addEncoded(String text) {
    if (text == null) {
      return this;
    }
    int length = text.length();
    int i = 0;
    while (i < length) {
      int bucket = 0;
      char c;
      while ((c = text.charAt(i++)) != ':') {
        bucket = bucket * 10 + (c - '0');
      }
      long n = 0;
      while (i < length && (c = text.charAt(i)) != ',') {
        n = n * 10 + (c - '0');
        i++;
      }
      i++;
      add(bucket, n);
    }
    return this;
  }

  static MinutesHistogram decode(String text) {
    return new MinutesHistogram().addEncoded(text);
  }

  String encode() {
    StringBuilder text = new StringBuilder();
    for (int bucket = 0; bucket < counts.length; bucket++) {
      if (counts[bucket] != 0) {
        if (!text.isEmpty()) {
          text.append(',');
        }
        text.append(bucket).append(':').append(counts[bucket]);
      }
    }
    return text.toString();
  }

  MinutesHistogram add(long minutes) {
    add(bucket(minutes), 1);
    return this;
  }

  MinutesHistogram add(MinutesHistogram other) {
    for (int bucket = other.counts.length - 1; bucket >= 0; bucket--) {
      if (other.counts[bucket] != 0) {
        add(bucket, other.counts[bucket]);
      }
    }
    return this;
  }

  private void add(int bucket, long n) {
    if (bucket >= counts.length) {
      counts = java.util.Arrays.copyOf(counts, Math.max(bucket + 1, counts.length * 2));
    }
    counts[bucket] += n;
  }

  long count() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /** The sum of the minutes, each step counted as its bucket's middle (exact below 64). */
  double total() {
    double sum = 0;
    for (int bucket = 0; bucket < counts.length; bucket++) {
      if (counts[bucket] != 0) {
        sum += counts[bucket] * middle(bucket);
      }
    }
    return sum;
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
    for (int bucket = 0; bucket < counts.length; bucket++) {
      seen += counts[bucket];
      if (rank < seen) {
        return middle(bucket);
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
