package vn.motcua.submission.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Catches a submission repeated within {@code motcua.submission.duplicate-window}: the same
 * applicant ID number, procedure and content (the data as canonical JSON, keys sorted, and each
 * document's kind and SHA-256), in {@code submission_fingerprint}. Two identical submissions
 * arriving at the very same moment may both pass (no lock is taken); the desk sees both.
 */
@Component
class Duplicates {

  private final JdbcClient jdbc;
  private final ObjectMapper canonical;
  private final SubmissionSettings settings;
  private final Clock clock;

  Duplicates(JdbcClient jdbc, ObjectMapper json, SubmissionSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.canonical = json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    this.settings = settings;
    this.clock = clock;
  }

  /** An earlier submission with the same fingerprint: its code and the contact that proved it. */
  record Earlier(String code, String contactHash) {}

  /** The hash of the content: canonical data JSON, then each {@code kind:sha256}, sorted. */
  String contentHash(Map<String, Object> data, List<String> documents) {
    try {
      String text =
          canonical.writeValueAsString(new TreeMap<>(data == null ? Map.of() : data))
              + "\n"
              + String.join("\n", documents.stream().sorted().toList());
      return sha256(text.getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("intake data is not serialisable", e);
    }
  }

  Optional<Earlier> earlier(String idNumber, String procedure, String contentHash) {
    Instant since = clock.instant().minus(settings.duplicateWindow());
    return jdbc.sql(
            "select dossier_code, contact_hash from submission_fingerprint where id_number = ?"
                + " and procedure_key = ? and content_hash = ? and submitted_at > ?"
                + " order by submitted_at desc limit 1")
        .params(idNumber, procedure, contentHash, Timestamp.from(since))
        .query((rs, n) -> new Earlier(rs.getString(1), rs.getString(2)))
        .optional();
  }

  void record(
      String code,
      String idNumber,
      String procedure,
      String agency,
      String contentHash,
      String contactHash,
      Instant at) {
    jdbc.sql(
            "insert into submission_fingerprint (dossier_code, id_number, procedure_key,"
                + " receiving_agency, content_hash, contact_hash, submitted_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(code, idNumber, procedure, agency, contentHash, contactHash, Timestamp.from(at))
        .update();
  }

  /** The submission of a dossier, for its acknowledgement. */
  record Submission(String code, String procedure, String agency, Instant submittedAt) {}

  Optional<Submission> of(String code) {
    return jdbc.sql(
            "select dossier_code, procedure_key, receiving_agency, submitted_at"
                + " from submission_fingerprint where dossier_code = ?")
        .param(code)
        .query(
            (rs, n) ->
                new Submission(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
        .optional();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
