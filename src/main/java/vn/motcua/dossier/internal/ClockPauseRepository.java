package vn.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the {@code dossier_clock_pause} table. */
@Repository
class ClockPauseRepository {

  private final JdbcClient jdbc;

  ClockPauseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void open(
      String dossierCode, Instant pausedAt, String reasonCode, String reason, String pausedBy) {
    jdbc.sql(
            """
            insert into dossier_clock_pause (dossier_code, paused_at, reason_code, reason, paused_by)
            values (?, ?, ?, ?, ?)""")
        .params(dossierCode, utc(pausedAt), reasonCode, reason, pausedBy)
        .update();
  }

  void close(long id, Instant resumedAt, String resumedBy, long shiftWorkingMinutes) {
    jdbc.sql(
            """
            update dossier_clock_pause set resumed_at = ?, resumed_by = ?, shift_working_minutes = ?
            where id = ? and resumed_at is null""")
        .params(utc(resumedAt), resumedBy, shiftWorkingMinutes, id)
        .update();
  }

  Optional<ClockPause> findOpen(String dossierCode) {
    return jdbc.sql(
            "select * from dossier_clock_pause where dossier_code = ? and resumed_at is null")
        .param(dossierCode)
        .query(ClockPauseRepository::map)
        .optional();
  }

  /** Every segment of the dossier, oldest first. */
  List<ClockPause> findAll(String dossierCode) {
    return jdbc.sql(
            "select * from dossier_clock_pause where dossier_code = ? order by paused_at, id")
        .param(dossierCode)
        .query(ClockPauseRepository::map)
        .list();
  }

  private static ClockPause map(ResultSet rs, int row) throws SQLException {
    return new ClockPause(
        rs.getLong("id"),
        rs.getString("dossier_code"),
        instant(rs, "paused_at"),
        instant(rs, "resumed_at"),
        rs.getString("reason_code"),
        rs.getString("reason"),
        rs.getString("paused_by"),
        rs.getString("resumed_by"),
        rs.getObject("shift_working_minutes", Long.class));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
