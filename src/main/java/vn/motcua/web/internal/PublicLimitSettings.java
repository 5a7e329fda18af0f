package vn.motcua.web.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.public.limits.<purpose>}: how many requests a client may make per period; a purpose
 * not listed gets {@code default}.
 */
@ConfigurationProperties("motcua.public")
record PublicLimitSettings(Map<String, Limit> limits) {

  static final Limit DEFAULT = new Limit(30, Duration.ofMinutes(1));

  PublicLimitSettings {
    limits = limits == null ? Map.of() : Map.copyOf(limits);
  }

  Limit of(String purpose) {
    return limits.getOrDefault(purpose, limits.getOrDefault("default", DEFAULT));
  }

  /** {@code requests} per {@code per}; either left out takes the default's (30, one minute). */
  record Limit(int requests, Duration per) {
    Limit {
      requests = requests > 0 ? requests : 30;
      per = per != null && !per.isZero() && !per.isNegative() ? per : Duration.ofMinutes(1);
    }
  }
}
