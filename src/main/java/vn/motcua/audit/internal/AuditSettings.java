package vn.motcua.audit.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's secrets and where its signed heads go ({@code motcua.audit}). None of them is
 * in the database, which is the point: a database writer can neither re-seal an entry nor sign a
 * head. The {@code demo} profile has demo values; elsewhere the application refuses to start
 * without them ({@link AuditSeal}, {@link HeadSigner}).
 *
 * @param keys the HMAC keys, key id to base64 secret (at least 32 bytes); entries name the key they
 *     were sealed with, so retired keys stay here for verification
 * @param currentKey the id of the key new entries are sealed with
 * @param signing the Ed25519 key pair that signs the chain's heads
 * @param heads the directory of the append-only file of signed heads ({@code audit-heads.jsonl})
 * @param headEvery how often each node signs the head (when the chain has grown)
 */
@ConfigurationProperties("motcua.audit")
record AuditSettings(
    @DefaultValue Map<String, String> keys,
    String currentKey,
    @DefaultValue Signing signing,
    @DefaultValue("./data/audit-heads") Path heads,
    @DefaultValue("PT1H") Duration headEvery) {

  /**
   * @param privateKey base64 PKCS#8 Ed25519 private key
   * @param publicKey base64 X.509 Ed25519 public key, the one published with the heads
   */
  record Signing(String privateKey, String publicKey) {}
}
