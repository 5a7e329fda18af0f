package vn.motcua.web.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.motcua.web.PublicLimits;
import vn.motcua.web.TooManyRequests;

/**
 * {@link PublicLimits} in Bucket4j buckets (one per purpose and client, greedy refill) kept in a
 * Caffeine cache in memory, per node: a cluster of n nodes lets a client make up to n times the
 * limit. The client is the request's remote address, which is the proxy's forwarded address when
 * {@code server.forward-headers-strategy=native} is set behind a trusted proxy. Time is the engine
 * clock's, so tests move it instead of waiting.
 */
@Component
@EnableConfigurationProperties(PublicLimitSettings.class)
class BucketLimits implements PublicLimits {

  private final PublicLimitSettings settings;
  private final TimeMeter time;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofHours(1)).build();

  BucketLimits(PublicLimitSettings settings, Clock clock) {
    this.settings = settings;
    this.time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
  }

  @Override
  public void take(String purpose, HttpServletRequest request) {
    take(purpose, request.getRemoteAddr());
  }

  @Override
  public void take(String purpose, String key) {
    ConsumptionProbe probe =
        buckets
            .get(purpose + '\u0000' + key, k -> bucket(settings.of(purpose)))
            .tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      throw new TooManyRequests(purpose, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
  }

  private Bucket bucket(PublicLimitSettings.Limit limit) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.requests())
                .refillGreedy(limit.requests(), limit.per())
                .build())
        .withCustomTimePrecision(time)
        .build();
  }
}
