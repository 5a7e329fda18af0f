package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * What an outside auditor runs, with no code of the application: the JDK (SHA-256, Ed25519) and
 * Jackson over the JSON of the API. It reads a dossier's proof, checks the signed tree head with
 * the published key, rebuilds every entry's leaf from its fields as documented, and walks each
 * inclusion path to the signed root (RFC 9162 §2.1.3.2); then it reads the consistency proof
 * between an earlier signed head and that one and checks it (RFC 9162 §2.1.4.2), so the log seen
 * earlier is a prefix of the log seen now. A flipped bit, an edited field or swapped roots fail it.
 * The answers are written to {@code target/audit-proof/} for {@code bench/verify-audit-proof.py}.
 */
@IntegrationTest
class AuditProofIndependentVerifierIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final HexFormat HEX = HexFormat.of();
  private static final String[] LEAF_FIELDS = {
    "seq",
    "at",
    "actor",
    "onBehalfOf",
    "action",
    "subjectType",
    "subjectId",
    "dossierCode",
    "beforeState",
    "afterState",
    "reason",
    "detail",
    "prevHash",
    "entryHash",
    "keyId"
  };

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;

  private final ObjectMapper json = new ObjectMapper();
  private final List<String> codes = new ArrayList<>();

  @AfterEach
  void endDossiersAndResetClock() {
    DemoData.resetClock();
    codes.forEach(
        code ->
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(code)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished")));
  }

  @Test
  void anOutsiderChecksADossiersProofsAndTheConsistencyOfTwoHeadsWithTheJdkAlone()
      throws Exception {
    DemoData.setClock(LocalDateTime.of(2026, 12, 11, 14, 0));
    receive();
    ResponseEntity<String> sealed =
        http.withBasicAuth("admin", PASSWORD)
            .exchange("/api/audit/tree/heads", HttpMethod.POST, HttpEntity.EMPTY, String.class);
    assertThat(sealed.getStatusCode()).isEqualTo(HttpStatus.OK);
    long earlier = json.readTree(sealed.getBody()).path("head").path("treeSize").asLong();
    receive();
    receive();
    String code = receive();

    // 1. the dossier's proof (the server seals its new entries first)
    String proofJson =
        http.withBasicAuth("hotich.anbinh", PASSWORD)
            .getForObject("/api/dossiers/" + code + "/proof", String.class);
    JsonNode proof = json.readTree(proofJson);
    JsonNode head = proof.path("head");
    long size = head.path("treeSize").asLong();
    assertThat(size).isGreaterThan(earlier);
    PublicKey key = publicKey(proof.path("publicKey").asText());
    assertThat(head.path("keyId").asText())
        .isEqualTo(
            HEX.formatHex(sha256(Base64.getDecoder().decode(proof.path("publicKey").asText()))));
    assertThat(signedHeadVerifies(key, head)).isTrue();
    byte[] root = HEX.parseHex(head.path("rootHash").asText());
    assertThat(proof.path("entries").size()).isPositive();
    assertThat(proof.path("unsealed").asInt()).isZero();
    for (JsonNode entry : proof.path("entries")) {
      assertThat(entry.path("dossierCode").asText()).isEqualTo(code);
      byte[] leaf = leaf(entry);
      assertThat(Base64.getDecoder().decode(entry.path("leaf").asText())).isEqualTo(leaf);
      byte[] leafHash = leafHash(leaf);
      assertThat(HEX.formatHex(leafHash)).isEqualTo(entry.path("leafHash").asText());
      long index = entry.path("leafIndex").asLong();
      assertThat(index).isEqualTo(entry.path("seq").asLong() - 1);
      List<byte[]> path = hashes(entry.path("inclusion"));
      assertThat(inclusionVerifies(index, size, leafHash, path, root)).isTrue();

      // what the check catches: a flipped bit, an edited field
      List<byte[]> flipped = new ArrayList<>(path);
      if (!flipped.isEmpty()) {
        byte[] sibling = flipped.get(0).clone();
        sibling[0] ^= 1;
        flipped.set(0, sibling);
        assertThat(inclusionVerifies(index, size, leafHash, flipped, root)).isFalse();
      }
      com.fasterxml.jackson.databind.node.ObjectNode edited = entry.deepCopy();
      edited.put("actor", "ai.do");
      assertThat(inclusionVerifies(index, size, leafHash(leaf(edited)), path, root)).isFalse();
    }

    // 2. the consistency of the earlier head with this one (public, no account)
    String consistencyJson =
        http.getForObject(
            "/api/audit/tree/consistency?from=" + earlier + "&to=" + size, String.class);
    JsonNode consistency = json.readTree(consistencyJson);
    JsonNode from = consistency.path("from");
    JsonNode to = consistency.path("to");
    assertThat(signedHeadVerifies(key, from)).isTrue();
    assertThat(signedHeadVerifies(key, to)).isTrue();
    assertThat(from.path("treeSize").asLong()).isEqualTo(earlier);
    assertThat(to).isEqualTo(head);
    byte[] oldRoot = HEX.parseHex(from.path("rootHash").asText());
    List<byte[]> steps = hashes(consistency.path("proof"));
    assertThat(consistencyVerifies(earlier, size, oldRoot, root, steps)).isTrue();
    assertThat(consistencyVerifies(earlier, size, root, oldRoot, steps)).isFalse();
    assertThat(consistencyVerifies(earlier, size, oldRoot, root, steps.subList(1, steps.size())))
        .isFalse();

    // 3. the published head, to anyone
    JsonNode published = json.readTree(http.getForObject("/api/audit/tree/head", String.class));
    assertThat(signedHeadVerifies(key, published.path("head"))).isTrue();
    assertThat(published.path("head").path("treeSize").asLong()).isGreaterThanOrEqualTo(size);

    Path out = Path.of("target", "audit-proof");
    Files.createDirectories(out);
    Files.writeString(out.resolve("proof.json"), proofJson);
    Files.writeString(out.resolve("consistency.json"), consistencyJson);
  }

  /** The documented leaf: 0x1F, then 0x00 for null or {UTF-8 length}:{UTF-8}, per field. */
  private static byte[] leaf(JsonNode entry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> values = new ArrayList<>();
    values.add("motcua-audit-leaf-v1");
    for (String field : LEAF_FIELDS) {
      JsonNode value = entry.get(field);
      values.add(value == null || value.isNull() ? null : value.asText());
    }
    for (String value : values) {
      out.write(0x1F);
      if (value == null) {
        out.write(0x00);
      } else {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((utf8.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(utf8);
      }
    }
    return out.toByteArray();
  }

  private static boolean signedHeadVerifies(PublicKey key, JsonNode head) throws Exception {
    String message =
        String.join(
            "\n",
            "motcua-audit-tree-v1",
            head.path("treeSize").asText(),
            head.path("rootHash").asText(),
            head.path("timestamp").asText(),
            head.path("keyId").asText());
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(key);
    ed25519.update(message.getBytes(StandardCharsets.UTF_8));
    return ed25519.verify(Base64.getDecoder().decode(head.path("signature").asText()));
  }

  /** RFC 9162 §2.1.3.2. */
  private static boolean inclusionVerifies(
      long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) throws Exception {
    if (index >= size) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : path) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = node(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = node(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  /** RFC 9162 §2.1.4.2, for 0 < first < second. */
  private static boolean consistencyVerifies(
      long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof)
      throws Exception {
    if (proof.isEmpty() || first <= 0 || first >= second) {
      return false;
    }
    List<byte[]> path = new ArrayList<>();
    if (Long.bitCount(first) == 1) {
      path.add(firstRoot);
    }
    path.addAll(proof);
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = node(c, fr);
        sr = node(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = node(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
  }

  private static byte[] leafHash(byte[] leaf) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update((byte) 0);
    return sha.digest(leaf);
  }

  private static byte[] node(byte[] left, byte[] right) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update((byte) 1);
    sha.update(left);
    return sha.digest(right);
  }

  private static byte[] sha256(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  private static PublicKey publicKey(String base64) throws Exception {
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }

  private static List<byte[]> hashes(JsonNode array) {
    List<byte[]> hashes = new ArrayList<>();
    array.forEach(h -> hashes.add(HEX.parseHex(h.asText())));
    return hashes;
  }

  private String receive() {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    codes.add((String) created.getBody().get("code"));
    return (String) created.getBody().get("code");
  }
}
