package vn.motcua.rating.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.rating.RatingLevel;

/** Reads and writes {@code rating}, {@code rating_answer} and the chain's head. */
@Repository
class RatingRepository {

  /** The chain's head: the last seq and its hash. */
  record Head(long seq, String hash) {}

  private final JdbcClient jdbc;

  RatingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(String code) {
    return jdbc.sql("select count(*) from rating where dossier_code = ?")
            .param(code)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Locks the head row until the transaction ends: appends are serialised across nodes. Shared by
   * the citizens' ratings only (one per returned dossier, in its own short transaction), never by
   * receptions, steps or timers: the hash chain of ratings needs each row's predecessor.
   */
  Head lockHead() {
    return jdbc.sql("select seq, row_hash from rating_head where id = 1 for update")
        .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("row_hash")))
        .single();
  }

  Head head() {
    return jdbc.sql("select seq, row_hash from rating_head where id = 1")
        .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("row_hash")))
        .single();
  }

  void insert(StoredRating r) {
    jdbc.sql(
            """
            insert into rating (seq, dossier_code, procedure_key, agency, receiving_agency,
              returned_at, rated_at, actor, channel, desk_officer, set_version, comment,
              prev_hash, row_hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            r.seq(),
            r.dossierCode(),
            r.procedureKey(),
            r.agency(),
            r.receivingAgency(),
            utc(r.returnedAt()),
            utc(r.ratedAt()),
            r.actor(),
            r.channel(),
            r.deskOfficer(),
            r.setVersion(),
            r.comment(),
            r.prevHash(),
            r.rowHash())
        .update();
    r.answers()
        .forEach(
            (question, level) ->
                jdbc.sql(
                        "insert into rating_answer (rating_seq, question_id, level) values (?, ?, ?)")
                    .params(r.seq(), question, level.name())
                    .update());
    jdbc.sql("update rating_head set seq = ?, row_hash = ? where id = 1")
        .params(r.seq(), r.rowHash())
        .update();
  }

  /** The ratings with {@code seq} in {@code (after, upTo]}, at most {@code limit}, by seq. */
  List<StoredRating> batch(long after, long upTo, int limit) {
    List<StoredRating> rows =
        jdbc.sql("select * from rating where seq > ? and seq <= ? order by seq limit ?")
            .params(after, upTo, limit)
            .query(RatingRepository::map)
            .list();
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, TreeMap<String, RatingLevel>> answers = new HashMap<>();
    jdbc.sql(
            "select rating_seq, question_id, level from rating_answer"
                + " where rating_seq > ? and rating_seq <= ?")
        .params(after, rows.get(rows.size() - 1).seq())
        .query(
            rs -> {
              answers
                  .computeIfAbsent(rs.getLong(1), s -> new TreeMap<>())
                  .put(rs.getString(2), level(rs.getString(3)));
            });
    List<StoredRating> whole = new ArrayList<>(rows.size());
    for (StoredRating r : rows) {
      whole.add(
          new StoredRating(
              r.seq(),
              r.dossierCode(),
              r.procedureKey(),
              r.agency(),
              r.receivingAgency(),
              r.returnedAt(),
              r.ratedAt(),
              r.actor(),
              r.channel(),
              r.deskOfficer(),
              r.setVersion(),
              answers.getOrDefault(r.seq(), new TreeMap<>()),
              r.comment(),
              r.prevHash(),
              r.rowHash()));
    }
    return whole;
  }

  Optional<Long> seqOf(String code) {
    return jdbc.sql("select seq from rating where dossier_code = ?")
        .param(code)
        .query(Long.class)
        .optional();
  }

  /** An unknown level stored by hand still hashes (to a mismatch) rather than failing the walk. */
  private static RatingLevel level(String name) {
    try {
      return RatingLevel.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static StoredRating map(ResultSet rs, int n) throws SQLException {
    return new StoredRating(
        rs.getLong("seq"),
        rs.getString("dossier_code"),
        rs.getString("procedure_key"),
        rs.getString("agency"),
        rs.getString("receiving_agency"),
        instant(rs, "returned_at"),
        instant(rs, "rated_at"),
        rs.getString("actor"),
        rs.getString("channel"),
        rs.getString("desk_officer"),
        rs.getString("set_version"),
        new TreeMap<>(),
        rs.getString("comment"),
        rs.getString("prev_hash"),
        rs.getString("row_hash"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
