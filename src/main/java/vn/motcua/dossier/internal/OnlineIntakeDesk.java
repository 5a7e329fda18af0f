package vn.motcua.dossier.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.OnlineSubmissions;

/** Behind {@link OnlineSubmissions}: maps the online intake onto the reception of a dossier. */
@Component
public class OnlineIntakeDesk {

  private final DossierReception reception;

  OnlineIntakeDesk(DossierReception reception) {
    this.reception = reception;
  }

  @Transactional
  public OnlineSubmissions.Submitted submit(OnlineSubmissions.OnlineIntake intake, String citizen) {
    var a = intake.applicant();
    Dossier d =
        reception.receiveOnline(
            new NewDossierRequest(
                intake.procedure(),
                intake.agency(),
                Channel.ONLINE,
                new NewDossierRequest.Applicant(
                    a.fullName(), a.idNumber(), a.phone(), a.email(), a.address()),
                intake.data(),
                intake.commune()),
            citizen);
    return new OnlineSubmissions.Submitted(
        d.code(),
        d.procedureKey(),
        d.procedureDefinitionId(),
        d.receivingAgency(),
        d.status(),
        d.receivedAt());
  }
}
