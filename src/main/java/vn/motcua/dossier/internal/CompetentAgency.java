package vn.motcua.dossier.internal;

import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Competence;
import vn.motcua.catalogue.Procedure;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.InterAgency;

/**
 * Routes a dossier to the agency competent to resolve it (Decree 118/2025/NĐ-CP Art. 18: any
 * one-stop desk of the province receives any procedure on the province's lists; Art. 28: the
 * dossier carries the code of the competent agency), from the procedure's {@link Competence} and
 * the commune the applicant names (of residence or of the land: the request's {@code commune}).
 *
 * <p>Without a named commune, a commune-level procedure is resolved by the receiving desk's own
 * agency (the applicant lives, or the land lies, where they file: what every desk did before
 * province-wide reception); a province-level one goes to its agency wherever it is received.
 */
@Component
class CompetentAgency {

  private final Agencies agencies;
  private final InterAgency partners;
  private final CompetenceSettings settings;

  CompetentAgency(Agencies agencies, InterAgency partners, CompetenceSettings settings) {
    this.agencies = agencies;
    this.partners = partners;
    this.settings = settings;
  }

  /**
   * The resolving agency's code.
   *
   * @param receiving the receiving desk's agency (exists)
   * @param commune the agency code of the applicant's commune, or null
   * @throws DossierProblems.UnknownAgencyException the commune is not an agency
   * @throws RoutingProblems.NoCompetentAgencyException the competent agency is not configured
   */
  String of(Procedure procedure, String receiving, String commune) {
    if (commune != null && !commune.isBlank() && agencies.find(commune).isEmpty()) {
      throw new DossierProblems.UnknownAgencyException(commune);
    }
    String home = commune == null || commune.isBlank() ? receiving : commune;
    Competence competence = procedure.competence();
    return switch (competence.kind()) {
      case COMMUNE_OF_RESIDENCE, COMMUNE_OF_LAND -> home;
      case AGENCY ->
          existing(
              procedure,
              competence,
              settings.agencies().getOrDefault(competence.target(), competence.target()));
      case ROLE -> {
        try {
          yield existing(procedure, competence, partners.partner(home, competence.target()));
        } catch (IllegalStateException notConfigured) {
          throw new RoutingProblems.NoCompetentAgencyException(
              procedure.key(), competence.toString());
        }
      }
    };
  }

  private String existing(Procedure procedure, Competence competence, String code) {
    if (agencies.find(code).isEmpty()) {
      throw new RoutingProblems.NoCompetentAgencyException(procedure.key(), competence.toString());
    }
    return code;
  }
}
