package vn.motcua.dossier.internal;

import org.springframework.http.HttpStatus;
import vn.motcua.dossier.DossierStatus;

/** The problems of the desk's acceptance of online submissions (messages: class names). */
final class AcceptanceProblems {

  private AcceptanceProblems() {}

  /** Only the receiving agency's reception officers accept or return an online submission. */
  static final class NotReceptionOfficerException extends DossierProblems.DossierProblem {
    NotReceptionOfficerException(String code, String agency, String group) {
      super(HttpStatus.FORBIDDEN, "code", code, agency, group);
      getBody().setProperty("receivingAgency", agency);
      getBody().setProperty("requiredGroup", group);
    }
  }

  /** The queue of an agency is for its reception officers. */
  static final class NotReceptionOfficerOfAgencyException extends DossierProblems.DossierProblem {
    NotReceptionOfficerOfAgencyException(String agency) {
      super(HttpStatus.FORBIDDEN, "agency", agency);
    }
  }

  /** The dossier is not an online submission waiting for the desk. */
  static final class NotAwaitingAcceptanceException extends DossierProblems.DossierProblem {
    NotAwaitingAcceptanceException(String code, DossierStatus status) {
      super(HttpStatus.CONFLICT, "code", code, status.name());
      getBody().setProperty("currentStatus", status.name());
    }
  }

  /** Returning or refusing needs a reason (forms 02 and 03 state it). */
  static final class ReasonRequiredException extends DossierProblems.DossierProblem {
    ReasonRequiredException(String decision, String more) {
      super(HttpStatus.BAD_REQUEST, "decision", decision, more);
      getBody().setProperty("field", "reason");
    }
  }
}
