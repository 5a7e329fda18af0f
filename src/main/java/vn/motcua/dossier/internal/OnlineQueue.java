package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.AwaitingAcceptance.Waiting;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/** Reads the queue behind {@link vn.motcua.dossier.AwaitingAcceptance}. */
@Component
public class OnlineQueue {

  static final int LIMIT = 200;

  private final OnlineAcceptanceStore store;
  private final DossierRepository dossiers;
  private final ProcedureCatalogue catalogue;
  private final CurrentOfficial official;
  private final Clock clock;

  OnlineQueue(
      OnlineAcceptanceStore store,
      DossierRepository dossiers,
      ProcedureCatalogue catalogue,
      CurrentOfficial official,
      Clock clock) {
    this.store = store;
    this.dossiers = dossiers;
    this.catalogue = catalogue;
    this.official = official;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Waiting> waiting(String agency) {
    if (agency == null || !official.inGroup(Role.RECEPTION.groupOf(agency))) {
      throw new AcceptanceProblems.NotReceptionOfficerOfAgencyException(String.valueOf(agency));
    }
    Instant now = clock.instant();
    return store.waiting(agency, LIMIT).stream()
        .map(w -> row(w, now).orElse(null))
        .filter(Objects::nonNull)
        .toList();
  }

  /** The dossier's wait, while it is still awaiting acceptance. */
  @Transactional(readOnly = true)
  public Optional<Waiting> of(String code) {
    return store
        .find(code)
        .filter(w -> w.decidedAt() == null)
        .flatMap(w -> row(w, clock.instant()));
  }

  private Optional<Waiting> row(OnlineAcceptanceStore.Waiting w, Instant now) {
    return dossiers
        .find(w.code())
        .filter(d -> d.status() == DossierStatus.SUBMITTED)
        .map(
            d ->
                new Waiting(
                    d.code(),
                    d.procedureKey(),
                    catalogue.ofDefinition(d.procedureDefinitionId()).name(),
                    d.applicant().fullName(),
                    w.submittedAt(),
                    w.dueAt(),
                    w.overdueAt() != null || !now.isBefore(w.dueAt()),
                    w.escalatedAt() != null,
                    "/dossiers/" + d.code()));
  }
}
