package vn.motcua.deadline;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.runtime.Job;

/**
 * How a paused legal clock holds a dossier's timers: a held timer is pushed {@link #HOLD} into the
 * future rather than suspended. Suspension is a bulk update that cannot share one engine command
 * with a due-date change of the same job, and a pause or resume may happen inside a command (a
 * step's start or end listener). The original date is the held date less the hold. The dossier's
 * pauses and the migration of a step's ladder both hold and release timers this way.
 */
public final class HeldTimers {

  /** How far into the future a held timer lies. */
  public static final Duration HOLD = Duration.ofDays(365_000);

  private static final Instant HELD_AFTER = Instant.parse("2500-01-01T00:00:00Z");

  private HeldTimers() {}

  /** Whether {@code job}'s timer is held. */
  public static boolean held(Job job) {
    return job.getDuedate() != null && job.getDuedate().toInstant().isAfter(HELD_AFTER);
  }
}
