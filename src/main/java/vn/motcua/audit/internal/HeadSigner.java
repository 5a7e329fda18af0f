package vn.motcua.audit.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Signs the chain's head with Ed25519 (the JDK's own, since 15) and checks signed heads. The
 * private key comes from configuration only; the public key is published with every head. Whoever
 * can write the database can re-seal nothing without the HMAC key and sign nothing without this
 * one, so a head saved before a rewrite exposes it even to a holder of the HMAC key. Without a key
 * pair, or with a pair that does not match, the application does not start.
 */
@Component
class HeadSigner {

  private static final String HINT =
      " Set MOTCUA_AUDIT_SIGNING_KEY (base64 PKCS#8) and MOTCUA_AUDIT_PUBLIC_KEY (base64 X.509) to"
          + " an Ed25519 pair, e.g. `openssl genpkey -algorithm ed25519 -outform DER | base64 -w0`"
          + " and `openssl pkey -inform DER -pubout -outform DER | base64 -w0` on it.";

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String published;

  HeadSigner(AuditSettings settings) {
    AuditSettings.Signing signing = settings.signing();
    if (signing.privateKey() == null
        || signing.privateKey().isBlank()
        || signing.publicKey() == null
        || signing.publicKey().isBlank()) {
      throw new IllegalStateException("motcua.audit.signing: no Ed25519 key pair." + HINT);
    }
    try {
      KeyFactory keys = KeyFactory.getInstance("Ed25519");
      this.privateKey =
          keys.generatePrivate(
              new PKCS8EncodedKeySpec(Base64.getDecoder().decode(signing.privateKey().strip())));
      this.publicKey =
          keys.generatePublic(
              new X509EncodedKeySpec(Base64.getDecoder().decode(signing.publicKey().strip())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("motcua.audit.signing: unreadable key." + HINT, e);
    }
    this.published = Base64.getEncoder().encodeToString(publicKey.getEncoded());
    byte[] probe = SignedHead.message(0, AuditHash.GENESIS, Instant.EPOCH, "probe");
    if (!verifies(probe, sign(probe))) {
      throw new IllegalStateException(
          "motcua.audit.signing: the public key is not the private key's." + HINT);
    }
  }

  /** The public key, base64 X.509 (SubjectPublicKeyInfo), as third parties need it. */
  String publicKey() {
    return published;
  }

  SignedHead sign(long entries, String lastHash, Instant at, String keyId) {
    Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
    byte[] signature = sign(SignedHead.message(entries, lastHash, millis, keyId));
    return new SignedHead(
        entries, lastHash, millis, keyId, Base64.getEncoder().encodeToString(signature));
  }

  /** Whether the head's signature is this key's over its fields; false for any malformed one. */
  boolean verifies(SignedHead head) {
    try {
      return verifies(head.message(), Base64.getDecoder().decode(head.signature()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  /** The Ed25519 signature of these bytes (the tree heads, {@link TreeHead}). */
  byte[] signMessage(byte[] message) {
    return sign(message);
  }

  /** Whether the signature is this key's over these bytes; false for any malformed one. */
  boolean verifiesMessage(byte[] message, byte[] signature) {
    return verifies(message, signature);
  }

  private byte[] sign(byte[] message) {
    try {
      Signature ed25519 = Signature.getInstance("Ed25519");
      ed25519.initSign(privateKey);
      ed25519.update(message);
      return ed25519.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with Ed25519", e);
    }
  }

  private boolean verifies(byte[] message, byte[] signature) {
    try {
      Signature ed25519 = Signature.getInstance("Ed25519");
      ed25519.initVerify(publicKey);
      ed25519.update(message);
      return ed25519.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
