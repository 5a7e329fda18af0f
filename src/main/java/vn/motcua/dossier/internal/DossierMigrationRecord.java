package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierMigrations;

/** {@link DossierMigrations} on the dossier tables. */
@Component
class DossierMigrationRecord implements DossierMigrations {

  static final String KIND = "MIGRATED";

  private final DossierRepository dossiers;
  private final ClockPauseRepository pauses;
  private final DossierEvents events;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final ApplicationEventPublisher published;

  DossierMigrationRecord(
      DossierRepository dossiers,
      ClockPauseRepository pauses,
      DossierEvents events,
      JdbcClient jdbc,
      ObjectMapper json,
      ApplicationEventPublisher published) {
    this.dossiers = dossiers;
    this.pauses = pauses;
    this.events = events;
    this.jdbc = jdbc;
    this.json = json;
    this.published = published;
  }

  @Override
  public Optional<String> status(String code) {
    return dossiers.find(code).map(d -> d.status().name());
  }

  @Override
  public boolean lockForMove(String code) {
    return dossiers.findForUpdate(code).isPresent() && pauses.findOpen(code).isPresent();
  }

  @Override
  public void moved(DossierMigrated move) {
    Dossier d = dossiers.find(move.code()).orElseThrow();
    jdbc.sql("update dossier set procedure_definition_id = ? where code = ?")
        .params(move.toDefinitionId(), move.code())
        .update();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("migrationId", move.migrationId());
    detail.put("fromVersion", move.fromVersion());
    detail.put("toVersion", move.toVersion());
    detail.put("fromDefinitionId", move.fromDefinitionId());
    detail.put("toDefinitionId", move.toDefinitionId());
    try {
      events.record(
          move.code(),
          new DossierEvents.Event(
              move.at(),
              KIND,
              d.status(),
              move.by(),
              move.note(),
              json.writeValueAsString(detail)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    published.publishEvent(move);
  }
}
