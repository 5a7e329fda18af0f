package vn.motcua.documents.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.documents.DossierPapers;
import vn.motcua.dossier.Dossiers;

/** {@link DossierPapers} from the papers' own rules of when they exist ({@link PaperSource}). */
@Component
class AvailablePapers implements DossierPapers {

  private final PaperRegistry registry;
  private final Dossiers dossiers;

  AvailablePapers(PaperRegistry registry, Dossiers dossiers) {
    this.registry = registry;
    this.dossiers = dossiers;
  }

  @Override
  @Transactional(readOnly = true)
  public List<PaperLink> of(String dossierCode) {
    return registry.available(dossiers.find(dossierCode)).stream()
        .map(form -> link(dossierCode, form))
        .toList();
  }

  private static PaperLink link(String code, PaperForm form) {
    String base = "/api/dossiers/" + code + "/papers/" + form.number();
    return new PaperLink(form.number(), form.title(), base + "?format=html", base + "?format=pdf");
  }
}
