package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ed25519 heads: a third party checks them with the JDK alone; any change fails. */
class HeadSignerUnitTests {

  private static final String HASH = "ab".repeat(32);

  private final HeadSigner signer = new HeadSigner(AuditKeys.settings("k1", "k1", AuditKeys.K1));

  @Test
  void aThirdPartyVerifiesAHeadWithTheJdkAndThePublishedKey() throws Exception {
    SignedHead head = signer.sign(12496, HASH, Instant.parse("2026-12-06T05:00:00.123456Z"), "k1");
    assertThat(head.at()).isEqualTo(Instant.parse("2026-12-06T05:00:00.123Z"));

    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(
        KeyFactory.getInstance("Ed25519")
            .generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(signer.publicKey()))));
    ed25519.update(
        ("motcua-audit-head-v1\n12496\n" + HASH + "\n2026-12-06T05:00:00.123Z\nk1")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(ed25519.verify(Base64.getDecoder().decode(head.signature()))).isTrue();
    assertThat(signer.verifies(head)).isTrue();
  }

  @Test
  void anyChangedFieldOrAForeignSignatureFails() throws Exception {
    SignedHead head = signer.sign(5000, HASH, Instant.parse("2026-12-06T05:00:00Z"), "k1");
    assertThat(signer.verifies(copy(head, 5001L, HASH, head.signature()))).isFalse();
    assertThat(signer.verifies(copy(head, 5000L, "cd".repeat(32), head.signature()))).isFalse();
    assertThat(signer.verifies(copy(head, 5000L, HASH, "not base64!"))).isFalse();
    Signature foreign = Signature.getInstance("Ed25519");
    foreign.initSign(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
    foreign.update(head.message());
    String forged = Base64.getEncoder().encodeToString(foreign.sign());
    assertThat(signer.verifies(copy(head, 5000L, HASH, forged))).isFalse();
  }

  @Test
  void withoutAMatchingKeyPairTheApplicationDoesNotStart() throws Exception {
    assertThatThrownBy(() -> new HeadSigner(signing(null, AuditKeys.PUBLIC)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MOTCUA_AUDIT_SIGNING_KEY");
    String otherPublic =
        Base64.getEncoder()
            .encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
    assertThatThrownBy(() -> new HeadSigner(signing(AuditKeys.PRIVATE, otherPublic)))
        .hasMessageContaining("not the private key's");
    assertThatThrownBy(() -> new HeadSigner(signing("AAAA", AuditKeys.PUBLIC)))
        .hasMessageContaining("unreadable");
  }

  private static SignedHead copy(SignedHead head, Long entries, String hash, String signature) {
    return new SignedHead(entries, hash, head.at(), head.keyId(), signature);
  }

  private static AuditSettings signing(String privateKey, String publicKey) {
    return new AuditSettings(
        Map.of("k1", AuditKeys.K1),
        "k1",
        new AuditSettings.Signing(privateKey, publicKey),
        Path.of("target"),
        Duration.ofHours(1));
  }
}
