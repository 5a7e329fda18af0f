package vn.motcua.dossier.internal;

import org.springframework.http.HttpStatus;

/** The problems of province-wide reception: routing to the competent agency, transfers. */
final class RoutingProblems {

  private RoutingProblems() {}

  /**
   * The procedure's competent agency cannot be found for this dossier: an alias without an agency
   * in the configuration, or no partner agency of that kind for the applicant's commune.
   */
  static final class NoCompetentAgencyException extends DossierProblems.DossierProblem {
    NoCompetentAgencyException(String procedure, String competence) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "procedure", procedure, competence);
      getBody().setProperty("competence", competence);
    }
  }

  /** The dossier was received by the agency that resolves it: nothing to transfer. */
  static final class NoTransferException extends DossierProblems.DossierProblem {
    NoTransferException(String code) {
      super(HttpStatus.CONFLICT, "code", code);
    }
  }

  /** The paper dossier was already marked transferred. */
  static final class AlreadyTransferredException extends DossierProblems.DossierProblem {
    AlreadyTransferredException(String code) {
      super(HttpStatus.CONFLICT, "code", code);
    }
  }
}
