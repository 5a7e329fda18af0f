package vn.motcua.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierActionTaken;
import vn.motcua.dossier.DossierMigrations;
import vn.motcua.dossier.DossierPaused;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierResumed;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;

/**
 * Audits what happens to a dossier as a whole (subject {@code DOSSIER}, state = its status):
 * reception, status changes, pauses and resumptions of the legal clock, supplementation,
 * extensions, withdrawal. Synchronous listeners: the entries join the action's transaction.
 */
@Component
class DossierAudit {

  static final String DOSSIER = "DOSSIER";

  private final AuditAppender trail;
  private final AuditDetails details;
  private final CurrentActor actor;

  DossierAudit(AuditAppender trail, AuditDetails details, CurrentActor actor) {
    this.trail = trail;
    this.details = details;
    this.actor = actor;
  }

  @EventListener
  void on(DossierReceived e) {
    DossierStatus status =
        e.channel() == Channel.ONLINE ? DossierStatus.SUBMITTED : DossierStatus.RECEIVED;
    trail.append(
        AuditDraft.of(e.receivedAt(), e.receivedBy(), "RECEIVED", DOSSIER, e.code())
            .dossier(e.code())
            .states(null, status.name())
            .detail(
                details.of(
                    "procedure", e.procedureKey(),
                    "channel", e.channel().name(),
                    "receivingAgency", e.receivingAgency(),
                    "resolvingAgency", e.resolvingAgency(),
                    "dueAt", e.dueAt().toString())));
  }

  @EventListener
  void on(DossierStatusChanged e) {
    trail.append(
        AuditDraft.of(
                e.at(), e.by() == null ? actor.id() : e.by(), "STATUS_CHANGED", DOSSIER, e.code())
            .dossier(e.code())
            .after(e.status().name()));
  }

  @EventListener
  void on(DossierPaused e) {
    trail.append(
        AuditDraft.of(e.at(), e.by(), "PAUSED", DOSSIER, e.code())
            .dossier(e.code())
            .reason(e.reason()));
  }

  @EventListener
  void on(DossierResumed e) {
    trail.append(
        AuditDraft.of(e.at(), e.by(), "RESUMED", DOSSIER, e.code())
            .dossier(e.code())
            .detail(
                details.of(
                    "shiftWorkingMinutes",
                    e.shiftWorkingMinutes(),
                    "newDueAt",
                    e.newDueAt() == null ? null : e.newDueAt().toString())));
  }

  @EventListener
  void on(DossierActionTaken e) {
    trail.append(
        AuditDraft.of(e.at(), e.actor(), e.action(), DOSSIER, e.code())
            .dossier(e.code())
            .states(name(e.statusBefore()), name(e.statusAfter()))
            .reason(e.reason())
            .detail(e.detail()));
  }

  /** The studio moved the dossier's process to another version of its procedure. */
  @EventListener
  void on(DossierMigrations.DossierMigrated e) {
    trail.append(
        AuditDraft.of(e.at(), e.by(), "MIGRATED", DOSSIER, e.code())
            .dossier(e.code())
            .states("v" + e.fromVersion(), "v" + e.toVersion())
            .reason(e.note())
            .detail(
                details.of(
                    "procedure", e.procedureKey(),
                    "migrationId", e.migrationId(),
                    "fromVersion", e.fromVersion(),
                    "toVersion", e.toVersion(),
                    "fromDefinitionId", e.fromDefinitionId(),
                    "toDefinitionId", e.toDefinitionId())));
  }

  private static String name(DossierStatus status) {
    return status == null ? null : status.name();
  }
}
