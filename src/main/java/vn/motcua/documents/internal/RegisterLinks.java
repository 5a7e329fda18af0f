package vn.motcua.documents.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;

/**
 * A dossier's line in the register (form 07) is the register of its receiving agency for the day it
 * was received: the dossier page links there, and {@code /api/dossiers/{code}/papers/07} redirects
 * there. Only for a dossier received (not refused) and an official who may read the register.
 */
@Component
class RegisterLinks {

  private final PaperForms forms;
  private final RegisterAccess access;
  private final PaperData data;

  RegisterLinks(PaperForms forms, RegisterAccess access, PaperData data) {
    this.forms = forms;
    this.access = access;
    this.data = data;
  }

  /** "/api/papers/07?agency=…&from=…&to=…" without the format, or empty. */
  Optional<String> of(DossierSummary d) {
    if (d.receivedAt() == null
        || d.status() == DossierStatus.REFUSED
        || !access.mayRead(d.receivingAgency())) {
      return Optional.empty();
    }
    LocalDate day = d.receivedAt().atZone(data.zone()).toLocalDate();
    return Optional.of(
        "/api/papers/"
            + forms.form(Paper.DOSSIER_LOG).number()
            + "?agency="
            + d.receivingAgency()
            + "&from="
            + day
            + "&to="
            + day);
  }
}
