package vn.motcua.dossier.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierHistoryEntry;
import vn.motcua.dossier.DossierTrack;

/** Builds {@link DossierTrack} views for {@link vn.motcua.dossier.DossierTracks}. */
@Component
public class TrackReader {

  private final DossierRepository dossiers;
  private final ClockPauseRepository pauses;
  private final DossierEvents events;

  TrackReader(DossierRepository dossiers, ClockPauseRepository pauses, DossierEvents events) {
    this.dossiers = dossiers;
    this.pauses = pauses;
    this.events = events;
  }

  public Optional<DossierTrack> find(String code) {
    return dossiers
        .find(code)
        .map(
            d ->
                new DossierTrack(
                    d.code(),
                    d.procedureDefinitionId(),
                    d.receivingAgency(),
                    d.resolvingAgency(),
                    d.status(),
                    d.applicant() == null ? null : d.applicant().fullName(),
                    d.applicant() == null ? null : d.applicant().idNumber(),
                    d.receivedAt(),
                    d.dueAt(),
                    d.extendedDueAt(),
                    d.finishedAt(),
                    d.processInstanceId()));
  }

  public List<DossierTrack.ClockStop> stops(String code) {
    return pauses.findAll(code).stream()
        .map(
            p ->
                new DossierTrack.ClockStop(p.pausedAt(), p.resumedAt(), p.reasonCode(), p.reason()))
        .toList();
  }

  public List<DossierHistoryEntry> history(String code) {
    return events.of(code).stream()
        .map(
            e ->
                new DossierHistoryEntry(
                    e.at(), e.kind(), e.status(), e.actor(), e.reason(), e.detail()))
        .toList();
  }
}
