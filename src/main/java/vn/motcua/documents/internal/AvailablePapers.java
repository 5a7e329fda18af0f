package vn.motcua.documents.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.documents.DossierPapers;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.Dossiers;

/** {@link DossierPapers} from the papers' own rules of when they exist ({@link PaperSource}). */
@Component
class AvailablePapers implements DossierPapers {

  private final PaperRegistry registry;
  private final Dossiers dossiers;
  private final RegisterLinks register;
  private final PaperForms forms;

  AvailablePapers(
      PaperRegistry registry, Dossiers dossiers, RegisterLinks register, PaperForms forms) {
    this.registry = registry;
    this.dossiers = dossiers;
    this.register = register;
    this.forms = forms;
  }

  /**
   * The dossier's papers; form 07 links to the register of the day it was received, for those who
   * may read the register.
   */
  @Override
  @Transactional(readOnly = true)
  public List<PaperLink> of(String dossierCode) {
    DossierSummary dossier = dossiers.find(dossierCode);
    List<PaperLink> links = new ArrayList<>();
    registry.available(dossier).forEach(form -> links.add(link(dossierCode, form)));
    PaperForm log = forms.form(Paper.DOSSIER_LOG);
    register
        .of(dossier)
        .ifPresent(
            base ->
                links.add(
                    new PaperLink(
                        log.number(), log.title(), base + "&format=html", base + "&format=pdf")));
    return links;
  }

  private static PaperLink link(String code, PaperForm form) {
    String base = "/api/dossiers/" + code + "/papers/" + form.number();
    return new PaperLink(form.number(), form.title(), base + "?format=html", base + "?format=pdf");
  }
}
