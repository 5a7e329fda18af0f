package vn.motcua.studio.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of a dry run or a migration: the procedure, the two versions, the mapping of steps
 * (every instruction maps a source element id to a target element id) and, for a migration, the
 * note.
 */
record MigrationRequest(
    String key,
    Integer fromVersion,
    Integer toVersion,
    List<Instruction> instructions,
    String note) {

  record Instruction(String source, String target) {}

  /** What is missing or wrong, field by field; empty when the request is complete. */
  List<String> errors(boolean noteRequired) {
    List<String> errors = new ArrayList<>();
    if (key == null || key.isBlank()) {
      errors.add("key");
    }
    if (fromVersion == null || fromVersion < 1) {
      errors.add("fromVersion");
    }
    if (toVersion == null || toVersion < 1 || toVersion.equals(fromVersion)) {
      errors.add("toVersion");
    }
    if (instructions == null
        || instructions.stream()
            .anyMatch(i -> i == null || blank(i.source()) || blank(i.target()))) {
      errors.add("instructions");
    }
    if (noteRequired && (blank(note) || note.length() > 1000)) {
      errors.add("note");
    }
    return errors;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
