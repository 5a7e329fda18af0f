package vn.motcua.documents.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.Dossiers;

/**
 * Finds the paper printed under a form number and builds it for a dossier the official may read.
 */
@Component
class PaperRegistry {

  private final PaperForms forms;
  private final Dossiers dossiers;
  private final Map<Paper, PaperSource> sources = new EnumMap<>(Paper.class);

  PaperRegistry(PaperForms forms, Dossiers dossiers, List<PaperSource> sources) {
    this.forms = forms;
    this.dossiers = dossiers;
    for (PaperSource source : sources) {
      if (this.sources.put(source.paper(), source) != null) {
        throw new IllegalStateException("two sources for paper " + source.paper());
      }
    }
  }

  /**
   * The paper with this form number for this dossier.
   *
   * @throws PaperProblems.UnknownPaperException no paper has this number
   * @throws PaperProblems.PaperNotAvailableException the dossier has no such paper (yet)
   * @throws org.springframework.security.access.AccessDeniedException from {@link Dossiers#find}
   */
  PaperContent paper(String code, String number) {
    PaperForm form =
        forms
            .byNumber(number)
            .orElseThrow(() -> new PaperProblems.UnknownPaperException(number, forms.numbers()));
    DossierSummary dossier = dossiers.find(code);
    PaperSource source = sources.get(form.paper());
    if (source == null) {
      throw new PaperProblems.PaperNotAvailableException(code, form);
    }
    return source
        .content(form, dossier)
        .orElseThrow(() -> new PaperProblems.PaperNotAvailableException(code, form));
  }

  /** The forms this dossier has a paper for now, in form order (each built once to know). */
  List<PaperForm> available(DossierSummary dossier) {
    return Arrays.stream(Paper.values())
        .filter(sources::containsKey)
        .map(forms::form)
        .filter(form -> sources.get(form.paper()).content(form, dossier).isPresent())
        .toList();
  }
}
