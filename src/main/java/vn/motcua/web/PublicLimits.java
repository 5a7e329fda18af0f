package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Rate limits of the public endpoints (status lookup, one-time codes, online submission, rating,
 * feedback), per client address and per purpose, in token buckets on the engine clock. A caller
 * over the limit gets {@link TooManyRequests} (429 with {@code Retry-After}). Limits are
 * configuration: {@code motcua.public.limits.<purpose>.requests} per {@code .per} (default 30 per
 * minute).
 */
public interface PublicLimits {

  /** Takes one request of {@code purpose} for the client of {@code request}, or refuses it. */
  void take(String purpose, HttpServletRequest request);

  /** Takes one request of {@code purpose} for {@code key} (a client, a phone number …). */
  void take(String purpose, String key);
}
