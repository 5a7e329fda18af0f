package vn.motcua.worklist.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierNames;
import vn.motcua.notification.Notices;
import vn.motcua.organization.Officials;

/**
 * What a transfer or a return leaves behind: exactly one notice, to the colleague a transfer
 * reaches, or, for a return, to the holder of the re-opened step (if the step's assignment gave it
 * one) or else the official who completed that step before (who knows the dossier); and, for a
 * return, the reason kept beside the re-opened step ({@code step_return}) for the worklist.
 */
@Component
class HandOverNotices {

  private final Notices notices;
  private final Officials officials;
  private final DossierNames dossiers;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final HandOverTexts texts;

  HandOverNotices(
      Notices notices,
      Officials officials,
      DossierNames dossiers,
      JdbcClient jdbc,
      MessageSource messages,
      Clock clock) {
    this.notices = notices;
    this.officials = officials;
    this.dossiers = dossiers;
    this.jdbc = jdbc;
    this.clock = clock;
    this.texts = new HandOverTexts(messages, clock.getZone());
  }

  /** {@code actor} transferred {@code task} (of unit {@code unit}) to {@code to}. */
  void transferred(String code, Task task, String unit, String actor, String to, String reason) {
    Instant at = clock.instant();
    send(
        "transfer:" + task.getId() + ":" + to + ":" + at.toEpochMilli(),
        to,
        code,
        HandOverTexts.Kind.TRANSFERRED,
        task.getName(),
        unit,
        actor,
        reason,
        at,
        task.getDueDate());
  }

  /**
   * {@code actor} returned the dossier to {@code reopened}; tells {@code recipient} and keeps the
   * reason beside the re-opened step.
   */
  void returned(
      String code, Task reopened, String unit, String actor, String recipient, String reason) {
    Instant at = clock.instant();
    jdbc.sql(
            "insert into step_return (task_id, dossier_code, reason, returned_by, returned_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(reopened.getId(), code, reason, actor, at.atOffset(ZoneOffset.UTC))
        .update();
    if (recipient != null) {
      send(
          "return:" + reopened.getId(),
          recipient,
          code,
          HandOverTexts.Kind.RETURNED,
          reopened.getName(),
          unit,
          actor,
          reason,
          at,
          reopened.getDueDate());
    }
  }

  private void send(
      String key,
      String recipient,
      String code,
      HandOverTexts.Kind kind,
      String step,
      String unit,
      String actor,
      String reason,
      Instant at,
      java.util.Date due) {
    String applicant = dossiers.applicant(code).orElse(null);
    String actorName = officials.fullName(actor);
    notices.send(
        key,
        Set.of(recipient),
        code,
        locale ->
            texts.text(
                new HandOverTexts.Facts(
                    kind,
                    code,
                    applicant,
                    actorName,
                    step,
                    officials.groupName(unit, locale),
                    reason,
                    at,
                    due == null ? null : due.toInstant(),
                    notices.link(code)),
                locale));
  }
}
