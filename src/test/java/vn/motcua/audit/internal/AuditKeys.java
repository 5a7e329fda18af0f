package vn.motcua.audit.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keys and entries for the audit unit tests (the demo profile's values, and a second key). */
final class AuditKeys {

  static final String K1 = "3psTsyYWsfJhjLXk7K18jV7z1HFoB/AyjAIrMBmRyrY=";
  static final String K2 = "eSpfSWKMVckJzRlWGBrWHxw4yzdlH7z+X9woxjAVrVI=";
  static final String PRIVATE = "MC4CAQAwBQYDK2VwBCIEIJduaPYObIn6W8LMC8KSws80V+GC2s4JW2ypCzLjhirg";
  static final String PUBLIC = "MCowBQYDK2VwAyEAugsBJVmEGjzuF/dzTmCda/Bnve3iw9IbMoeshMBAprw=";

  private AuditKeys() {}

  /** Settings with these keys (id, secret, id, secret …), the first pair's id current. */
  static AuditSettings settings(String current, String... idsAndSecrets) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (int i = 0; i < idsAndSecrets.length; i += 2) {
      keys.put(idsAndSecrets[i], idsAndSecrets[i + 1]);
    }
    return new AuditSettings(
        keys,
        current,
        new AuditSettings.Signing(PRIVATE, PUBLIC),
        Path.of("target"),
        Duration.ofHours(1));
  }

  static AuditSeal seal(String current, String... idsAndSecrets) {
    return new AuditSeal(settings(current, idsAndSecrets));
  }

  /** An unsealed entry at seq linked to prev. */
  static AuditEntry entry(long seq, String prev, String reason) {
    return new AuditEntry(
        seq,
        Instant.parse("2026-11-23T01:00:00.123Z").plusSeconds(seq),
        "hotich.anbinh",
        null,
        "TRANSFERRED",
        "TASK",
        "task-" + seq,
        "000.00.01.H99-261123-0001",
        "hotich.anbinh",
        "tuphap.anbinh",
        reason,
        null,
        prev,
        null,
        null);
  }

  /** An entry written before keys existed: plain SHA-256, no key id. */
  static AuditEntry legacy(AuditEntry entry) {
    return entry.sealedWith(null, AuditHash.of(entry));
  }
}
