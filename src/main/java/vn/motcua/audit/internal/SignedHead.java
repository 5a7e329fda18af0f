package vn.motcua.audit.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The chain's head as signed with Ed25519 and kept outside the database: how many entries the chain
 * had ({@code entries}), the hash of the last one ({@code lastHash}), when ({@code at}, the engine
 * clock) and the id of the HMAC key then current ({@code keyId}). The signature is over the UTF-8
 * bytes of {@link #message()}:
 *
 * <pre>
 * "motcua-audit-head-v1" LF entries LF lastHash LF at LF keyId
 * </pre>
 *
 * with entries in decimal and at in ISO-8601 UTC ({@link DateTimeFormatter#ISO_INSTANT}), so a
 * third party checks it with a few lines of any Ed25519 library.
 */
record SignedHead(
    @NotNull @PositiveOrZero Long entries,
    @NotNull @Pattern(regexp = "[0-9a-f]{64}") String lastHash,
    @NotNull Instant at,
    @NotBlank @Size(max = 64) String keyId,
    @NotBlank @Size(max = 200) String signature) {

  static final String VERSION = "motcua-audit-head-v1";

  /** The bytes the signature is over. */
  byte[] message() {
    return message(entries, lastHash, at, keyId);
  }

  static byte[] message(long entries, String lastHash, Instant at, String keyId) {
    return String.join(
            "\n",
            VERSION,
            Long.toString(entries),
            lastHash,
            DateTimeFormatter.ISO_INSTANT.format(at),
            keyId)
        .getBytes(StandardCharsets.UTF_8);
  }
}
