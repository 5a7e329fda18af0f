package vn.motcua.security.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for this user or from this client: try again after {@code retryAfter}.
 */
class SignInThrottled extends AuthenticationException {

  private final Duration retryAfter;

  SignInThrottled(Duration retryAfter) {
    super("too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s");
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }

  /** Whole seconds, at least one: the value of a {@code Retry-After} header. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
