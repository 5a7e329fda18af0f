package vn.motcua.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.DeadlineReached;
import vn.motcua.dossier.DossierNames;
import vn.motcua.notification.Notices;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officials;

/**
 * The notice each rung sends: one per recipient, in the recipient's language ({@link LadderTexts}),
 * keyed by the deadline event so that a rung never notifies twice.
 */
@Component
class LadderNotices {

  private final Notices notices;
  private final Officials officials;
  private final Agencies agencies;
  private final DossierNames dossiers;
  private final LadderTexts texts;

  LadderNotices(
      Notices notices,
      Officials officials,
      Agencies agencies,
      DossierNames dossiers,
      org.springframework.context.MessageSource messages,
      Clock clock) {
    this.notices = notices;
    this.officials = officials;
    this.agencies = agencies;
    this.dossiers = dossiers;
    this.texts = new LadderTexts(messages, clock.getZone());
  }

  /** Tells {@code to} that the rung of {@code e} is reached; {@code due} is the date it ran to. */
  void send(long eventId, DeadlineReached e, Instant due, Set<String> to) {
    if (to.isEmpty()) {
      return;
    }
    notices.send(
        "deadline-event:" + eventId,
        to,
        e.dossierCode(),
        locale -> {
          var facts =
              new LadderTexts.Facts(
                  e,
                  due,
                  dossiers.applicant(e.dossierCode()).orElse(null),
                  e.agency() == null
                      ? null
                      : agencies.find(e.agency()).map(Agency::name).orElse(e.agency()),
                  officials.groupName(e.unitGroup(), locale),
                  e.holder() == null ? null : officials.fullName(e.holder()),
                  officials.groupName(e.escalatedTo(), locale),
                  notices.link(e.dossierCode()));
          return texts.text(facts, locale);
        });
  }
}
