package vn.motcua.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code feedback} and {@code feedback_event}. */
@Repository
class FeedbackStore {

  private static final String COLUMNS =
      "code, token_hash, subject_type, dossier_code, procedure_key, kind, content, sender_name,"
          + " sender_email, sender_phone, sender, agency, status, received_at, assigned_at, due_at,"
          + " warned_at, overdue_at, escalated_at, answer, answered_by, answered_at, forwards,"
          + " process_instance_id";

  /** The list's filters; nulls filter nothing. */
  record Filter(
      List<String> agencies, FeedbackStatus status, Boolean overdue, Instant from, Instant to) {}

  private final JdbcClient jdbc;

  FeedbackStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Feedback f) {
    jdbc.sql(
            "insert into feedback (code, token_hash, subject_type, dossier_code, procedure_key,"
                + " kind, content, sender_name, sender_email, sender_phone, sender, agency, status,"
                + " received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            f.code(),
            f.tokenHash(),
            f.subjectType().name(),
            f.dossierCode(),
            f.procedureKey(),
            f.kind().name(),
            f.content(),
            f.senderName(),
            f.senderEmail(),
            f.senderPhone(),
            f.sender(),
            f.agency(),
            f.status().name(),
            ts(f.receivedAt()))
        .update();
  }

  Optional<Feedback> find(String code) {
    return jdbc.sql("select " + COLUMNS + " from feedback where code = ?")
        .param(code)
        .query(FeedbackStore::row)
        .optional();
  }

  Optional<Feedback> findForUpdate(String code) {
    return jdbc.sql("select " + COLUMNS + " from feedback where code = ? for update")
        .param(code)
        .query(FeedbackStore::row)
        .optional();
  }

  /** The agency's task is open: assigned (or forwarded) now, due then; the ladder starts over. */
  void assign(
      String code,
      String agency,
      FeedbackStatus status,
      Instant at,
      Instant due,
      String processInstanceId) {
    jdbc.sql(
            "update feedback set agency = ?, status = ?, assigned_at = ?, due_at = ?,"
                + " warned_at = null, overdue_at = null, escalated_at = null,"
                + " forwards = forwards + case when ? = 'FORWARDED' then 1 else 0 end,"
                + " process_instance_id = coalesce(?, process_instance_id) where code = ?")
        .params(agency, status.name(), ts(at), ts(due), status.name(), processInstanceId, code)
        .update();
  }

  /** Marks one rung reached; false when it was reached before (a retried job). */
  boolean markRung(String code, String column, Instant at) {
    if (!List.of("warned_at", "overdue_at", "escalated_at").contains(column)) {
      throw new IllegalArgumentException(column);
    }
    return jdbc.sql(
                "update feedback set "
                    + column
                    + " = ? where code = ? and "
                    + column
                    + " is null and status <> 'ANSWERED'")
            .params(ts(at), code)
            .update()
        == 1;
  }

  void answer(String code, String answer, String by, Instant at) {
    jdbc.sql(
            "update feedback set status = 'ANSWERED', answer = ?, answered_by = ?, answered_at = ?"
                + " where code = ?")
        .params(answer, by, ts(at), code)
        .update();
  }

  void event(String code, Instant at, String kind, String actor, String agency, String reason) {
    jdbc.sql(
            "insert into feedback_event (feedback_code, at, kind, actor, agency, reason)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(code, ts(at), kind, actor, agency, reason)
        .update();
  }

  /** What happened to it, oldest first: {@code [at, kind, actor, agency, reason]}. */
  List<FeedbackEvent> events(String code) {
    return jdbc.sql(
            "select at, kind, actor, agency, reason from feedback_event where feedback_code = ?"
                + " order by id")
        .param(code)
        .query(
            (rs, n) ->
                new FeedbackEvent(
                    instant(rs, "at"),
                    rs.getString("kind"),
                    rs.getString("actor"),
                    rs.getString("agency"),
                    rs.getString("reason")))
        .list();
  }

  /** One event of a feedback's history. */
  record FeedbackEvent(Instant at, String kind, String actor, String agency, String reason) {}

  /** The feedback of these agencies, newest first, at most {@code limit}. */
  List<Feedback> list(Filter filter, int limit) {
    if (filter.agencies().isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from feedback where agency in (");
    List<Object> params = new ArrayList<>();
    for (int i = 0; i < filter.agencies().size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
      params.add(filter.agencies().get(i));
    }
    sql.append(")");
    if (filter.status() != null) {
      sql.append(" and status = ?");
      params.add(filter.status().name());
    }
    if (filter.overdue() != null) {
      sql.append(filter.overdue() ? " and overdue_at is not null" : " and overdue_at is null");
    }
    if (filter.from() != null) {
      sql.append(" and received_at >= ?");
      params.add(ts(filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" and received_at < ?");
      params.add(ts(filter.to()));
    }
    sql.append(" order by received_at desc, code limit ").append(limit);
    return jdbc.sql(sql.toString()).params(params).query(FeedbackStore::row).list();
  }

  private static Feedback row(ResultSet rs, int n) throws SQLException {
    return new Feedback(
        rs.getString("code"),
        rs.getString("token_hash"),
        SubjectType.valueOf(rs.getString("subject_type")),
        rs.getString("dossier_code"),
        rs.getString("procedure_key"),
        FeedbackKind.valueOf(rs.getString("kind")),
        rs.getString("content"),
        rs.getString("sender_name"),
        rs.getString("sender_email"),
        rs.getString("sender_phone"),
        rs.getString("sender"),
        rs.getString("agency"),
        FeedbackStatus.valueOf(rs.getString("status")),
        instant(rs, "received_at"),
        instant(rs, "assigned_at"),
        instant(rs, "due_at"),
        instant(rs, "warned_at"),
        instant(rs, "overdue_at"),
        instant(rs, "escalated_at"),
        rs.getString("answer"),
        rs.getString("answered_by"),
        instant(rs, "answered_at"),
        rs.getInt("forwards"),
        rs.getString("process_instance_id"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime ts(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
