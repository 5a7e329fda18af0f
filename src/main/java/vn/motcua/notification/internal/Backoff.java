package vn.motcua.notification.internal;

import java.time.Duration;

/**
 * When a failed notification is tried again: one minute after the first failure, doubling each
 * time, at most an hour apart; after {@value #MAX_ATTEMPTS} failed attempts it is given up.
 */
final class Backoff {

  static final int MAX_ATTEMPTS = 8;
  private static final Duration FIRST = Duration.ofMinutes(1);
  private static final Duration LONGEST = Duration.ofHours(1);

  private Backoff() {}

  /** The wait after the {@code attempts}-th failed attempt (1 = the first). */
  static Duration after(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
    }
    if (attempts > 7) {
      return LONGEST;
    }
    Duration wait = FIRST.multipliedBy(1L << (attempts - 1));
    return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
  }

  /** Whether a row that has failed {@code attempts} times is given up. */
  static boolean givesUp(int attempts) {
    return attempts >= MAX_ATTEMPTS;
  }
}
