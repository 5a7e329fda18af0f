package vn.motcua.web.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.motcua.web.PublicLimits;
import vn.motcua.web.TooManyRequests;

/**
 * {@link PublicLimits} in Bucket4j buckets (one per purpose and client, greedy refill). On
 * PostgreSQL the buckets are rows of {@code public_limit_bucket}, shared by every node (Bucket4j's
 * select-for-update proxy manager: each take locks its one row for one short transaction), so a
 * cluster of n nodes still allows the limit once. On any other database (H2, the demo) they are
 * kept in a Caffeine cache in memory, per node. The client is the request's remote address, which
 * is the proxy's forwarded address when {@code server.forward-headers-strategy=native} is set
 * behind a trusted proxy. Time is the engine clock's, so tests move it instead of waiting.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(PublicLimitSettings.class)
class BucketLimits implements PublicLimits {

  static final String TABLE = "public_limit_bucket";

  /** How long a full bucket's row is kept before it may be deleted (it is then full anyway). */
  private static final Duration KEEP_FULL = Duration.ofMinutes(5);

  private final PublicLimitSettings settings;
  private final Clock clock;
  private final JdbcClient jdbc;
  private final TimeMeter time;
  private final ProxyManager<String> shared;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofHours(1)).build();

  /** Buckets in memory (the unit tests). */
  BucketLimits(PublicLimitSettings settings, Clock clock) {
    this(settings, clock, null, null);
  }

  /**
   * Buckets in {@code public_limit_bucket} when {@code dataSource} is PostgreSQL, else in memory.
   */
  @Autowired
  BucketLimits(PublicLimitSettings settings, Clock clock, DataSource dataSource, JdbcClient jdbc) {
    this.settings = settings;
    this.clock = clock;
    this.jdbc = jdbc;
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
    this.shared =
        dataSource != null && postgres(dataSource)
            ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(time)
                .expirationAfterWrite(
                    ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL))
                .build()
            : null;
  }

  /** Whether the buckets are shared through the database (PostgreSQL) rather than per node. */
  boolean shared() {
    return shared != null;
  }

  @Override
  public void take(String purpose, HttpServletRequest request) {
    take(purpose, request.getRemoteAddr());
  }

  @Override
  public void take(String purpose, String key) {
    PublicLimitSettings.Limit limit = settings.of(purpose);
    ConsumptionProbe probe =
        shared != null
            ? shared
                .builder()
                .build(id(purpose, key), () -> configuration(limit))
                .tryConsumeAndReturnRemaining(1)
            : buckets
                .get(purpose + '\u0000' + key, k -> bucket(limit))
                .tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      throw new TooManyRequests(purpose, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
  }

  /**
   * Deletes the shared buckets that are full again by the engine clock (Bucket4j's own {@code
   * removeExpired} compares with the wall clock, which the tests do not move): a missing row is a
   * full bucket, so this changes no client's allowance.
   */
  @Scheduled(
      fixedDelayString = "${motcua.public.limits-cleanup-every:PT10M}",
      initialDelay = 60_000)
  void removeFullBuckets() {
    if (shared == null) {
      return;
    }
    jdbc.sql(
            "delete from "
                + TABLE
                + " where id in (select id from "
                + TABLE
                + " where expires_at < ? limit 1000 for update skip locked)")
        .param(clock.millis())
        .update();
  }

  /** The row's key: purpose and client, hashed when too long for the column. */
  static String id(String purpose, String key) {
    String id = purpose + ' ' + key;
    if (id.length() <= 200 && id.indexOf('\u0000') < 0) {
      return id;
    }
    try {
      return purpose
          + " #"
          + HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean postgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell the database of the rate limits", e);
    }
  }

  private static BucketConfiguration configuration(PublicLimitSettings.Limit limit) {
    return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
  }

  private static Bandwidth bandwidth(PublicLimitSettings.Limit limit) {
    return Bandwidth.builder()
        .capacity(limit.requests())
        .refillGreedy(limit.requests(), limit.per())
        .build();
  }

  private Bucket bucket(PublicLimitSettings.Limit limit) {
    return Bucket.builder().addLimit(bandwidth(limit)).withCustomTimePrecision(time).build();
  }
}
