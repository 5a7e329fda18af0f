package vn.motcua.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are allowed before {@link SignInThrottle} refuses to check passwords:
 * {@code failures} per {@code per}, refilled gradually, for each user id and each client address.
 */
@ConfigurationProperties("motcua.sign-in")
record SignInSettings(Limit perUser, Limit perClient) {

  /** {@code failures} failed sign-ins per {@code per}. */
  record Limit(int failures, Duration per) {}

  SignInSettings {
    perUser = perUser == null ? new Limit(10, Duration.ofMinutes(15)) : perUser;
    perClient = perClient == null ? new Limit(30, Duration.ofMinutes(15)) : perClient;
  }
}
