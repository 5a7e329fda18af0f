package vn.motcua.audit.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.motcua.audit.DossierTimeline;
import vn.motcua.dossier.DossierSummary;

/** {@link DossierTimeline} from the same rows as the timeline page. */
@Component
class TimelineEntries implements DossierTimeline {

  private final AuditAccess access;
  private final AuditLog log;
  private final TimelineRows rows;
  private final Clock clock;

  TimelineEntries(AuditAccess access, AuditLog log, TimelineRows rows, Clock clock) {
    this.access = access;
    this.log = log;
    this.rows = rows;
    this.clock = clock;
  }

  @Override
  public List<Entry> of(String dossierCode, Locale locale) {
    DossierSummary dossier = access.dossier(dossierCode);
    return rows
        .of(log.ofDossier(dossierCode), dossier.procedureDefinitionId(), clock.getZone(), locale)
        .stream()
        .map(
            r ->
                new Entry(
                    r.seq(),
                    r.at(),
                    r.actor(),
                    r.onBehalfOf(),
                    r.action(),
                    r.note(),
                    r.before(),
                    r.after(),
                    r.reason()))
        .toList();
  }
}
