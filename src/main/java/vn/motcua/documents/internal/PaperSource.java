package vn.motcua.documents.internal;

import java.util.Optional;
import vn.motcua.dossier.DossierSummary;

/**
 * Builds one paper of a dossier; one Spring bean per {@link Paper}. A paper with no source answers
 * "not available".
 */
interface PaperSource {

  Paper paper();

  /**
   * The paper's content, or empty when this dossier has no such paper (a refusal for an accepted
   * dossier, a receipt for one not yet received, a stop notice for one not withdrawn).
   */
  Optional<PaperContent> content(PaperForm form, DossierSummary dossier);
}
