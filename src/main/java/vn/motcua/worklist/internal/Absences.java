package vn.motcua.worklist.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code absence} and {@code absence_grant} tables. */
@Component
class Absences {

  /** A role group a delegation lent its deputy; {@code added} when the deputy was not a member. */
  record Grant(String groupId, boolean added) {}

  private static final String LIVE = " state in ('SCHEDULED', 'ACTIVE')";

  private final JdbcClient jdbc;

  Absences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Absence absence) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into absence (official, agency_code, deputy, starts_at, ends_at, reason,"
                + " state, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            absence.official(),
            absence.agencyCode(),
            absence.deputy(),
            utc(absence.startsAt()),
            utc(absence.endsAt()),
            absence.reason(),
            absence.state(),
            absence.createdBy(),
            utc(absence.createdAt()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Absence> find(long id) {
    return jdbc.sql("select * from absence where id = ?")
        .param(id)
        .query(Absences::absence)
        .optional();
  }

  /** The official's scheduled or running absences that overlap {@code [from, to)}. */
  List<Absence> overlapping(String official, Instant from, Instant to) {
    return jdbc.sql(
            "select * from absence where official = ? and starts_at < ? and ends_at > ? and" + LIVE)
        .params(official, utc(to), utc(from))
        .query(Absences::absence)
        .list();
  }

  /**
   * Those of the officials who are away at {@code at} (a scheduled or running absence covers it).
   */
  Set<String> absentAmong(Collection<String> officials, Instant at) {
    if (officials.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        jdbc.sql(
                "select distinct official from absence where official in (:officials)"
                    + " and starts_at <= :at and ends_at > :at and"
                    + LIVE)
            .param("officials", officials)
            .param("at", utc(at))
            .query(String.class)
            .list());
  }

  /** The official's absence covering {@code at}, if any. */
  Optional<Absence> current(String official, Instant at) {
    return jdbc
        .sql(
            "select * from absence where official = ? and starts_at <= ? and ends_at > ? and"
                + LIVE
                + " order by starts_at")
        .params(official, utc(at), utc(at))
        .query(Absences::absence)
        .list()
        .stream()
        .findFirst();
  }

  /** The running delegations to the deputy covering {@code at}. */
  List<Absence> delegatedTo(String deputy, Instant at) {
    return jdbc.sql(
            "select * from absence where deputy = ? and starts_at <= ? and ends_at > ? and"
                + " state = 'ACTIVE'")
        .params(deputy, utc(at), utc(at))
        .query(Absences::absence)
        .list();
  }

  /** The absences of the given agencies, or every one when {@code agencies} is null. */
  List<Absence> list(Collection<String> agencies, Instant endingAfter) {
    if (agencies != null && agencies.isEmpty()) {
      return List.of();
    }
    String where = agencies == null ? "" : " and agency_code in (:agencies)";
    var statement =
        jdbc.sql(
                "select * from absence where ends_at > :after"
                    + where
                    + " order by starts_at, id limit 500")
            .param("after", utc(endingAfter));
    if (agencies != null) {
      statement = statement.param("agencies", agencies);
    }
    return statement.query(Absences::absence).list();
  }

  void setState(long id, String state) {
    jdbc.sql("update absence set state = ? where id = ?").params(state, id).update();
  }

  void grant(long id, Grant grant) {
    jdbc.sql("insert into absence_grant (absence_id, group_id, added) values (?, ?, ?)")
        .params(id, grant.groupId(), grant.added())
        .update();
  }

  List<Grant> grants(long id) {
    return jdbc.sql("select group_id, added from absence_grant where absence_id = ?")
        .param(id)
        .query((rs, row) -> new Grant(rs.getString("group_id"), rs.getBoolean("added")))
        .list();
  }

  private static Absence absence(ResultSet rs, int row) throws SQLException {
    return new Absence(
        rs.getLong("id"),
        rs.getString("official"),
        rs.getString("agency_code"),
        rs.getString("deputy"),
        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
        rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
        rs.getString("reason"),
        rs.getString("state"),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
