package vn.motcua.dossier.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DeskReception.Decision;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * The desk's decision on an online submission, by a reception officer of its receiving agency only:
 * accepting completes the reception step (the legal clock starts then, {@link DossierLifecycle});
 * refusing completes it with refusal (form 03); requesting completion is the reception stage's
 * supplementation request (form 02). Each is recorded in the history and the audit trail,
 * attributed to the officer, by the actions it reuses.
 */
@Service
class AcceptanceDecisions {

  private final DossierRepository dossiers;
  private final CurrentOfficial official;
  private final DeskDecisions desk;
  private final DossierActions actions;

  AcceptanceDecisions(
      DossierRepository dossiers,
      CurrentOfficial official,
      DeskDecisions desk,
      DossierActions actions) {
    this.dossiers = dossiers;
    this.official = official;
    this.desk = desk;
    this.actions = actions;
  }

  @Transactional
  void decide(String code, AcceptanceController.AcceptanceRequest request) {
    Dossier d =
        dossiers
            .findForUpdate(code)
            .orElseThrow(() -> new DossierProblems.DossierNotFoundException(code));
    String group = Role.RECEPTION.groupOf(d.receivingAgency());
    if (!official.inGroup(group)) {
      throw new AcceptanceProblems.NotReceptionOfficerException(code, d.receivingAgency(), group);
    }
    if (d.channel() != Channel.ONLINE || d.status() != DossierStatus.SUBMITTED) {
      throw new AcceptanceProblems.NotAwaitingAcceptanceException(code, d.status());
    }
    String reason =
        request.reason() == null || request.reason().isBlank() ? null : request.reason();
    List<String> items = request.items() == null ? List.of() : request.items();
    switch (request.decision()) {
      case ACCEPT -> desk.decide(code, Decision.RECEIVE, reason, false);
      case REFUSE -> desk.decide(code, Decision.REFUSE, required(reason, "REFUSE", ""), false);
      case REQUEST_COMPLETION ->
          actions.requestSupplement(
              code,
              new ActionRequests.Supplementation(
                  required(reason, "REQUEST_COMPLETION", ""),
                  items.isEmpty() ? List.of(reason) : items));
    }
  }

  private static String required(String reason, String decision, String more) {
    if (reason == null) {
      throw new AcceptanceProblems.ReasonRequiredException(decision, more);
    }
    return reason;
  }
}
