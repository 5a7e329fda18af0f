package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.DossierStatus;

/** The {@code dossier_event} table: what happened to a dossier, by whom, when and why. */
@Repository
class DossierEvents {

  /** One line of a dossier's history. */
  record Event(
      Instant at, String kind, DossierStatus status, String actor, String reason, String detail) {}

  private final JdbcClient jdbc;

  DossierEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(String code, Event event) {
    jdbc.sql(
            "insert into dossier_event (dossier_code, at, kind, status, actor, reason, detail)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            code,
            event.at().atOffset(ZoneOffset.UTC),
            event.kind(),
            event.status().name(),
            event.actor(),
            event.reason(),
            event.detail())
        .update();
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
