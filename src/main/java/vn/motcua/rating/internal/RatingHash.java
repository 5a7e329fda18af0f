package vn.motcua.rating.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The chained hash of a rating: lower-case hex SHA-256 over the UTF-8 bytes of {@code prev_hash
 * FIELD*}, {@code FIELD = 0x1F (0x00 | length ':' value)}, for the fields {@code
 * "motcua-rating-v1"}, seq, dossier code, procedure, agency, receiving agency, returned at, rated
 * at (ISO-8601 UTC, milliseconds), actor, channel, desk officer, question set, then each answer as
 * {@code question=LEVEL} in the order of the question ids, then the comment: the same framing as
 * the audit chain's, so no two different ratings serialise alike. The first rating's prev_hash is
 * {@link #GENESIS}. Plain SHA-256: whoever can write the database could recompute the chain, which
 * is why each rating's hash is also written into the HMAC-sealed audit chain (entry {@code RATED}).
 */
final class RatingHash {

  static final String GENESIS = "0".repeat(64);
  private static final String VERSION = "motcua-rating-v1";

  private RatingHash() {}

  static String of(StoredRating r, String prevHash) {
    List<String> fields = new ArrayList<>();
    fields.add(VERSION);
    fields.add(Long.toString(r.seq()));
    fields.add(r.dossierCode());
    fields.add(r.procedureKey());
    fields.add(r.agency());
    fields.add(r.receivingAgency());
    fields.add(instant(r.returnedAt()));
    fields.add(instant(r.ratedAt()));
    fields.add(r.actor());
    fields.add(r.channel());
    fields.add(r.deskOfficer());
    fields.add(r.setVersion());
    r.answers()
        .forEach(
            (question, level) -> fields.add(question + "=" + (level == null ? "?" : level.name())));
    fields.add(r.comment());
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(prevHash.getBytes(StandardCharsets.US_ASCII));
    for (String field : fields) {
      out.write(0x1F);
      if (field == null) {
        out.write(0x00);
      } else {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
      }
    }
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String instant(java.time.Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
  }
}
