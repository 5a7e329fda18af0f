package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The public rate limits as configured: a limit given only its number of requests keeps the default
 * period (it answered 500 "Refill period can not be null" before), and the 31st request of the
 * default limit within its minute is refused.
 */
class PublicLimitSettingsUnitTests {

  @Test
  void aLimitGivenOnlyItsRequestsKeepsTheDefaultPeriod() throws Exception {
    PublicLimits limits =
        limits(Map.of("motcua.public.limits.status-lookup.requests", "2"), Instant.EPOCH);
    limits.take("status-lookup", "client");
    limits.take("status-lookup", "client");
    assertThatThrownBy(() -> limits.take("status-lookup", "client"))
        .isInstanceOf(TooManyRequests.class);
  }

  @Test
  void theDefaultIsThirtyAMinutePerClientAndPurpose() throws Exception {
    PublicLimits limits = limits(Map.of(), Instant.EPOCH);
    for (int i = 0; i < 30; i++) {
      limits.take("anything", "client");
    }
    assertThatThrownBy(() -> limits.take("anything", "client"))
        .isInstanceOf(TooManyRequests.class)
        .satisfies(
            e ->
                assertThat(((TooManyRequests) e).getHeaders().getFirst("Retry-After"))
                    .isEqualTo("2"));
    limits.take("anything", "another client");
    limits.take("something else", "client");
  }

  private static PublicLimits limits(Map<String, String> properties, Instant now) throws Exception {
    Class<?> settingsType = Class.forName("vn.motcua.web.internal.PublicLimitSettings");
    Object settings =
        new Binder(new MapConfigurationPropertySource(properties))
            .bindOrCreate("motcua.public", settingsType);
    var constructor =
        Class.forName("vn.motcua.web.internal.BucketLimits")
            .getDeclaredConstructor(settingsType, Clock.class);
    constructor.setAccessible(true);
    return (PublicLimits) constructor.newInstance(settings, Clock.fixed(now, ZoneOffset.UTC));
  }
}
