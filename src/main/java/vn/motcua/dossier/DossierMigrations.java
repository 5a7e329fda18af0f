package vn.motcua.dossier;

import java.time.Instant;
import java.util.Optional;

/**
 * The dossier's side of moving its process to another version of its procedure (the studio's
 * migration): the dossier row is locked for the move, its version follows the process, and its
 * history records the move ({@link DossierMigrated}, whose {@code MIGRATED} audit entry is the
 * history's line). Nothing else changes: legal due date, paused segments and flags stay as they
 * are.
 */
public interface DossierMigrations {

  /** The dossier's status name, empty for an unknown code. */
  Optional<String> status(String code);

  /**
   * Locks the dossier row until the end of the transaction (a pause or resume waits for the move)
   * and tells whether its legal clock stands still now.
   */
  boolean lockForMove(String code);

  /** The dossier's process now runs on {@code toDefinitionId}; records the move in its history. */
  void moved(DossierMigrated move);

  /** Fields of a move, also the event the audit trail records. */
  record DossierMigrated(
      String code,
      String procedureKey,
      int fromVersion,
      int toVersion,
      String fromDefinitionId,
      String toDefinitionId,
      String migrationId,
      String by,
      String note,
      Instant at) {}
}
