package vn.motcua.dossier.internal;

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
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher published;

  DossierMigrationRecord(
      DossierRepository dossiers,
      ClockPauseRepository pauses,
      JdbcClient jdbc,
      ApplicationEventPublisher published) {
    this.dossiers = dossiers;
    this.pauses = pauses;
    this.jdbc = jdbc;
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

  /** Points the dossier at its new version; the audit entry of the move is its history. */
  @Override
  public void moved(DossierMigrated move) {
    jdbc.sql("update dossier set procedure_definition_id = ? where code = ?")
        .params(move.toDefinitionId(), move.code())
        .update();
    published.publishEvent(move);
  }
}
