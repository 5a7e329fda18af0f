package vn.motcua.dossier.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Competence;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.Routing;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/** Behind {@link Routing}: the same {@link CompetentAgency} the reception of a dossier uses. */
@Component
public class RoutingDesk {

  private final ProcedureCatalogue catalogue;
  private final Agencies agencies;
  private final CompetentAgency competent;
  private final ActionPolicy policy;

  RoutingDesk(
      ProcedureCatalogue catalogue,
      Agencies agencies,
      CompetentAgency competent,
      ActionPolicy policy) {
    this.catalogue = catalogue;
    this.agencies = agencies;
    this.competent = competent;
    this.policy = policy;
  }

  /** As the desk's reception officers see it: only they may ask. */
  public Routing.Route atDesk(String procedureKey, String agency, String commune) {
    Agency desk =
        agencies.find(agency).orElseThrow(() -> new DossierProblems.UnknownAgencyException(agency));
    policy.checkReceive(desk.code());
    return route(procedureKey, agency, commune);
  }

  public Routing.Route route(String procedureKey, String agency, String commune) {
    Procedure procedure =
        catalogue
            .latest(procedureKey)
            .filter(p -> p.code() != null)
            .orElseThrow(() -> new DossierProblems.UnknownProcedureException(procedureKey));
    Agency desk =
        agencies.find(agency).orElseThrow(() -> new DossierProblems.UnknownAgencyException(agency));
    String named = commune == null || commune.isBlank() ? null : commune;
    String resolving = competent.of(procedure, desk.code(), named);
    Competence competence = procedure.competence();
    boolean communeBased =
        competence.kind() == Competence.Kind.COMMUNE_OF_RESIDENCE
            || competence.kind() == Competence.Kind.COMMUNE_OF_LAND;
    return new Routing.Route(
        procedure.key(),
        competence.toString(),
        communeBased,
        communeBased ? resolving : null,
        communeBased ? ProvinceCommunes.of(agencies) : List.of(),
        agencies.find(resolving).orElse(new Agency(resolving, resolving, null)));
  }
}
