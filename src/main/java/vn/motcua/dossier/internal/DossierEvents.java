package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.DossierStatus;

/**
 * What happened to a dossier, by whom, when and why: the {@code dossier_event} view over the audit
 * trail, which is the dossier's only record (nothing here writes; the audit entry each action
 * appends is its line of history). Lines are in the order they were written.
 */
@Repository
class DossierEvents {

  /** One line of a dossier's history. */
  record Event(
      Instant at, String kind, DossierStatus status, String actor, String reason, String detail) {}

  private final JdbcClient jdbc;

  DossierEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Event> of(String code) {
    return jdbc.sql(
            "select at, kind, status, actor, reason, detail from dossier_event"
                + " where dossier_code = ? order by at, id")
        .param(code)
        .query(
            (rs, row) ->
                new Event(
                    rs.getObject("at", OffsetDateTime.class).toInstant(),
                    rs.getString("kind"),
                    DossierStatus.valueOf(rs.getString("status")),
                    rs.getString("actor"),
                    rs.getString("reason"),
                    rs.getString("detail")))
        .list();
  }

  long count(String code, String kind) {
    return jdbc.sql("select count(*) from dossier_event where dossier_code = ? and kind = ?")
        .params(code, kind)
        .query(Long.class)
        .single();
  }
}
