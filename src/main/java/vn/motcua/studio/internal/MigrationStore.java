package vn.motcua.studio.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code studio_migration} and {@code studio_migration_dossier}. */
@Repository
class MigrationStore {

  private final JdbcClient jdbc;

  MigrationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void start(
      MigrationPlanner.Resolved plan,
      String id,
      String instructions,
      String note,
      String actor,
      Map<String, String> instances,
      Instant at) {
    jdbc.sql(
            "insert into studio_migration (id, procedure_key, from_version, to_version,"
                + " from_definition_id, to_definition_id, instructions, note, actor, state, total,"
                + " started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)")
        .params(
            id,
            plan.key(),
            plan.from().getVersion(),
            plan.to().getVersion(),
            plan.from().getId(),
            plan.to().getId(),
            instructions,
            note,
            actor,
            instances.size(),
            utc(at))
        .update();
    instances.forEach(
        (instance, code) ->
            jdbc.sql(
                    "insert into studio_migration_dossier (migration_id, process_instance_id,"
                        + " dossier_code, state) values (?, ?, ?, 'PENDING')")
                .params(id, instance, code)
                .update());
  }

  void dossier(String id, String instance, String state, String reason, Instant at) {
    jdbc.sql(
            "update studio_migration_dossier set state = ?, reason = ?, at = ?"
                + " where migration_id = ? and process_instance_id = ?")
        .params(state, reason == null ? null : abbreviate(reason), utc(at), id, instance)
        .update();
  }

  void finish(String id, Instant at) {
    jdbc.sql("update studio_migration set state = 'COMPLETED', finished_at = ? where id = ?")
        .params(utc(at), id)
        .update();
  }

  /** The status of migration {@code id}: the shape of {@code GET /api/studio/migrations/{id}}. */
  Optional<Map<String, Object>> status(String id) {
    return jdbc.sql("select * from studio_migration where id = ?")
        .param(id)
        .query(
            (rs, n) -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("migrationId", rs.getString("id"));
              m.put("key", rs.getString("procedure_key"));
              m.put("fromVersion", rs.getInt("from_version"));
              m.put("toVersion", rs.getInt("to_version"));
              m.put("state", rs.getString("state"));
              m.put("total", rs.getInt("total"));
              m.put("actor", rs.getString("actor"));
              m.put("note", rs.getString("note"));
              m.put("startedAt", text(rs.getObject("started_at", OffsetDateTime.class)));
              m.put("finishedAt", text(rs.getObject("finished_at", OffsetDateTime.class)));
              return m;
            })
        .optional()
        .map(
            m -> {
              List<Map<String, Object>> rows =
                  jdbc.sql(
                          "select dossier_code, state, reason from studio_migration_dossier"
                              + " where migration_id = ? order by dossier_code")
                      .param(id)
                      .query(
                          (rs, n) -> {
                            Map<String, Object> r = new LinkedHashMap<>();
                            r.put("code", rs.getString("dossier_code"));
                            r.put("state", rs.getString("state"));
                            r.put("reason", rs.getString("reason"));
                            return r;
                          })
                      .list();
              m.put("moved", rows.stream().filter(r -> "MOVED".equals(r.get("state"))).count());
              m.put("pending", rows.stream().filter(r -> "PENDING".equals(r.get("state"))).count());
              m.put(
                  "failed",
                  rows.stream()
                      .filter(r -> "FAILED".equals(r.get("state")))
                      .map(r -> Map.of("code", r.get("code"), "reason", r.get("reason")))
                      .toList());
              return m;
            });
  }

  private static String abbreviate(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  private static String text(OffsetDateTime at) {
    return at == null ? null : at.toInstant().toString();
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
