package vn.motcua.submission.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The proof a used one-time code gives: {@code v1.<channel>.<address>.<expiry>.<signature>}, the
 * address base64url, the expiry in epoch seconds ({@code motcua.submission.proof-validity} after
 * the code was used), the signature an HMAC of the rest. Stateless: any node with the same key
 * checks it.
 */
@Component
class ProofTokens {

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final Secrets secrets;
  private final SubmissionSettings settings;
  private final Clock clock;

  ProofTokens(Secrets secrets, SubmissionSettings settings, Clock clock) {
    this.secrets = secrets;
    this.settings = settings;
    this.clock = clock;
  }

  /** A proved address, valid until {@code expiresAt}. */
  record Proof(Contacts.Channel channel, String address, Instant expiresAt, String token) {}

  Proof issue(Contacts.Channel channel, String address) {
    Instant expires = clock.instant().plus(settings.proofValidity());
    String payload =
        "v1."
            + channel.name()
            + "."
            + ENCODE.encodeToString(address.getBytes(StandardCharsets.UTF_8))
            + "."
            + expires.getEpochSecond();
    return new Proof(channel, address, expires, payload + "." + signature(payload));
  }

  /** The proof, if the token is well-formed, signed by us and not expired. */
  Optional<Proof> verify(String token) {
    if (token == null || token.length() > 1000) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.");
    if (parts.length != 5 || !parts[0].equals("v1")) {
      return Optional.empty();
    }
    String payload = String.join(".", parts[0], parts[1], parts[2], parts[3]);
    if (!Secrets.same(signature(payload), parts[4])) {
      return Optional.empty();
    }
    try {
      Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[3]));
      if (!expires.isAfter(clock.instant())) {
        return Optional.empty();
      }
      return Optional.of(
          new Proof(
              Contacts.Channel.valueOf(parts[1]),
              new String(DECODE.decode(parts[2]), StandardCharsets.UTF_8),
              expires,
              token));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String signature(String payload) {
    return ENCODE.encodeToString(secrets.mac(payload.getBytes(StandardCharsets.US_ASCII)));
  }
}
