package vn.motcua.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The append-only file of signed heads, {@code audit-heads.jsonl} in {@code motcua.audit.heads}:
 * one JSON object a line, never rewritten, each line written with one {@code O_APPEND} write and
 * synced. Outside the database on purpose: ship the directory (or copy {@code GET /api/audit/head})
 * to where a database writer cannot reach.
 */
@Component
class HeadJournal {

  static final String FILE = "audit-heads.jsonl";

  private final Path file;
  private final ObjectMapper json;

  HeadJournal(AuditSettings settings, ObjectMapper json) {
    this.file = settings.heads().resolve(FILE);
    this.json = json;
  }

  Path file() {
    return file;
  }

  synchronized void append(SignedHead head) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(
          file,
          (json.writeValueAsString(head) + "\n").getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append the signed head to " + file, e);
    }
  }

  /** Every head in the file, in the order written. */
  synchronized List<SignedHead> all() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank())
          .map(this::head)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the signed heads in " + file, e);
    }
  }

  Optional<SignedHead> latest() {
    List<SignedHead> heads = all();
    return heads.isEmpty() ? Optional.empty() : Optional.of(heads.get(heads.size() - 1));
  }

  private SignedHead head(String line) {
    try {
      return json.readValue(line, SignedHead.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a line of " + file + " is not a signed head", e);
    }
  }
}
