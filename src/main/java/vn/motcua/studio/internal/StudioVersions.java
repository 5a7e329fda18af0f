package vn.motcua.studio.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The change notes of the versions published from the studio (table {@code studio_version}). */
@Component
class StudioVersions {

  /** One published version's note: who, when, why. */
  record Note(String definitionId, String key, int version, String note, String by, Instant at) {}

  private final JdbcClient jdbc;

  StudioVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(Note note, String deploymentId) {
    jdbc.sql(
            "insert into studio_version (definition_id, procedure_key, version, deployment_id,"
                + " change_note, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            note.definitionId(),
            note.key(),
            note.version(),
            deploymentId,
            note.note(),
            note.by(),
            Timestamp.from(note.at()))
        .update();
  }

  /** The notes of a procedure's studio versions, by definition id. */
  Map<String, Note> of(String key) {
    return jdbc
        .sql(
            "select definition_id, procedure_key, version, change_note, changed_by, changed_at"
                + " from studio_version where procedure_key = ?")
        .param(key)
        .query(
            (rs, n) ->
                new Note(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant()))
        .list()
        .stream()
        .collect(Collectors.toMap(Note::definitionId, n -> n));
  }

  Optional<Note> ofDefinition(String definitionId) {
    List<Note> notes =
        jdbc.sql(
                "select definition_id, procedure_key, version, change_note, changed_by, changed_at"
                    + " from studio_version where definition_id = ?")
            .param(definitionId)
            .query(
                (rs, n) ->
                    new Note(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
            .list();
    return notes.stream().findFirst();
  }
}
