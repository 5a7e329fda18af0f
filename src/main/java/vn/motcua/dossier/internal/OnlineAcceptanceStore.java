package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code online_acceptance} table: an online submission's wait for the desk. */
@Repository
class OnlineAcceptanceStore {

  /** One online submission's wait. */
  record Waiting(
      String code,
      String agency,
      Instant submittedAt,
      Instant dueAt,
      Instant escalatesAt,
      Instant overdueAt,
      Instant escalatedAt,
      Instant decidedAt,
      String decision) {}

  private static final String COLUMNS =
      "dossier_code, agency, submitted_at, due_at, escalates_at, overdue_at, escalated_at,"
          + " decided_at, decision";

  private final JdbcClient jdbc;

  OnlineAcceptanceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Starts (or, after a supplement, restarts) the wait. */
  void open(String code, String agency, Instant submittedAt, Instant dueAt, Instant escalatesAt) {
    int updated =
        jdbc.sql(
                "update online_acceptance set submitted_at = ?, due_at = ?, escalates_at = ?,"
                    + " overdue_at = null, escalated_at = null, decided_at = null,"
                    + " decision = null, decided_by = null where dossier_code = ?")
            .params(utc(submittedAt), utc(dueAt), utc(escalatesAt), code)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into online_acceptance (dossier_code, agency, submitted_at, due_at,"
                  + " escalates_at) values (?, ?, ?, ?, ?)")
          .params(code, agency, utc(submittedAt), utc(dueAt), utc(escalatesAt))
          .update();
    }
  }

  /** Records the desk's decision once; false when it was already decided (or never waited). */
  boolean decide(String code, String decision, String by, Instant at) {
    return jdbc.sql(
                "update online_acceptance set decided_at = ?, decision = ?, decided_by = ?"
                    + " where dossier_code = ? and decided_at is null")
            .params(utc(at), decision, by, code)
            .update()
        == 1;
  }

  /**
   * Marks the rung reached, once per wait: true for the one caller that set it (a job run again, on
   * this node or another, finds it set), false when already set or decided.
   */
  boolean reach(String code, OnlineAcceptance.Rung rung, Instant due, Instant at) {
    String column = rung == OnlineAcceptance.Rung.OVERDUE ? "overdue_at" : "escalated_at";
    return jdbc.sql(
                "update online_acceptance set "
                    + column
                    + " = ? where dossier_code = ? and due_at = ? and "
                    + column
                    + " is null and decided_at is null")
            .params(utc(at), code, utc(due))
            .update()
        == 1;
  }

  Optional<Waiting> find(String code) {
    return jdbc.sql("select " + COLUMNS + " from online_acceptance where dossier_code = ?")
        .param(code)
        .query(OnlineAcceptanceStore::row)
        .optional();
  }

  /** The agency's submissions still waiting for the desk, oldest first. */
  List<Waiting> waiting(String agency, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from online_acceptance where agency = ? and decided_at is null"
                + " order by submitted_at, dossier_code limit ?")
        .params(agency, limit)
        .query(OnlineAcceptanceStore::row)
        .list();
  }

  private static Waiting row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Waiting(
        rs.getString("dossier_code"),
        rs.getString("agency"),
        instant(rs, "submitted_at"),
        instant(rs, "due_at"),
        instant(rs, "escalates_at"),
        instant(rs, "overdue_at"),
        instant(rs, "escalated_at"),
        instant(rs, "decided_at"),
        rs.getString("decision"));
  }

  private static Instant instant(java.sql.ResultSet rs, String column)
      throws java.sql.SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
