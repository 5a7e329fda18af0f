package vn.motcua.documents.internal;

import java.util.Optional;
import vn.motcua.dossier.DossierSummary;

/**
 * Builds one paper of a dossier; one Spring bean per {@link Paper}. A paper with no source yet
 * (supplementation request, extension letter, stop notice) answers "not available".
 */
interface PaperSource {

  Paper paper();

  /**
   * The paper's content, or empty when this dossier has no such paper (a refusal for an accepted
   * dossier, a receipt for one not yet received).
   */
  Optional<PaperContent> content(PaperForm form, DossierSummary dossier);
}
