package vn.motcua.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per user id and per client address in Bucket4j token buckets (each
 * failure takes a token, tokens come back gradually): once either bucket is empty, passwords are
 * not checked at all until it refills. This replaces Camunda's permanent lock-out after ten
 * failures (switched off with {@code login-max-attempts}), which any stranger knowing a user id
 * could cause; the worst a stranger can do now is delay one user's sign-in by one window.
 *
 * <p>Buckets live in memory in a Caffeine cache, per node: a cluster of n nodes allows up to n
 * times the limit, which still stops password guessing and never locks anyone for good. Time is the
 * engine clock's, so that tests move it instead of waiting.
 */
@Component
@EnableConfigurationProperties(SignInSettings.class)
class SignInThrottle {

  private final SignInSettings settings;
  private final TimeMeter time;
  private final Cache<String, Bucket> users;
  private final Cache<String, Bucket> clients;

  SignInThrottle(SignInSettings settings, Clock clock) {
    this.settings = settings;
    this.time = engineTime(clock);
    this.users = cache(settings.perUser());
    this.clients = cache(settings.perClient());
  }

  /** How long this user, from this client, must wait before a password is checked again. */
  Optional<Duration> refusal(String user, String client) {
    long wait =
        Math.max(
            waitNanos(users.getIfPresent(userKey(user))),
            waitNanos(client == null ? null : clients.getIfPresent(client)));
    return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
  }

  /** A wrong password (or a locked Camunda user) for {@code user} from {@code client}. */
  void failed(String user, String client) {
    users.get(userKey(user), key -> bucket(settings.perUser())).tryConsume(1);
    if (client != null) {
      clients.get(client, key -> bucket(settings.perClient())).tryConsume(1);
    }
  }

  private static long waitNanos(Bucket bucket) {
    if (bucket == null) {
      return 0;
    }
    var probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
  }

  private static String userKey(String user) {
    return user.strip().toLowerCase(Locale.ROOT);
  }

  private Bucket bucket(SignInSettings.Limit limit) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.failures())
                .refillGreedy(limit.failures(), limit.per())
                .build())
        .withCustomTimePrecision(time)
        .build();
  }

  /**
   * Forgotten a while after their last use (a forgotten bucket is a full one, and a bucket idle for
   * twice its window is full anyway); bounded so that made-up user ids cannot fill the heap.
   */
  private static Cache<String, Bucket> cache(SignInSettings.Limit limit) {
    return Caffeine.newBuilder()
        .expireAfterAccess(limit.per().multipliedBy(2))
        .maximumSize(100_000)
        .build();
  }

  private static TimeMeter engineTime(Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return clock.millis() * 1_000_000L;
      }

      @Override
      public boolean isWallClockBased() {
        return false;
      }
    };
  }
}
