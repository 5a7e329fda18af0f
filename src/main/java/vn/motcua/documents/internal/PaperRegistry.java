package vn.motcua.documents.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.Dossiers;

/**
 * Finds the paper printed under a form number and builds it for a dossier the official may read;
 * the register (form 07) is not a paper of one dossier: {@link RegisterLinks} points to it.
 */
@Component
class PaperRegistry {

  private final PaperForms forms;
  private final Dossiers dossiers;
  private final PaperNumbers numbers;
  private final RegisterLinks register;
  private final Map<Paper, PaperSource> sources = new EnumMap<>(Paper.class);

  PaperRegistry(
      PaperForms forms,
      Dossiers dossiers,
      PaperNumbers numbers,
      RegisterLinks register,
      List<PaperSource> sources) {
    this.forms = forms;
    this.dossiers = dossiers;
    this.numbers = numbers;
    this.register = register;
    for (PaperSource source : sources) {
      if (this.sources.put(source.paper(), source) != null) {
        throw new IllegalStateException("two sources for paper " + source.paper());
      }
    }
  }

  /** The paper printed under this form number. */
  PaperForm form(String number) {
    return forms
        .byNumber(number)
        .orElseThrow(() -> new PaperProblems.UnknownPaperException(number, forms.numbers()));
  }

  /**
   * The paper with this form number for this dossier, issued: numbered the first time ({@link
   * PaperNumbers}).
   *
   * @throws PaperProblems.UnknownPaperException no paper has this number
   * @throws PaperProblems.PaperNotAvailableException the dossier has no such paper (yet)
   * @throws org.springframework.security.access.AccessDeniedException from {@link Dossiers#find}
   */
  PaperContent paper(String code, PaperForm form) {
    return paper(dossiers.find(code), form);
  }

  /**
   * The paper for a dossier already read (the applicant's notice reads it without an official's
   * access rule); issued as {@link #paper(String, PaperForm)}.
   */
  PaperContent paper(DossierSummary dossier, PaperForm form) {
    String code = dossier.code();
    PaperSource source = sources.get(form.paper());
    if (source == null) {
      throw new PaperProblems.PaperNotAvailableException(code, form);
    }
    PaperContent content =
        source
            .content(form, dossier)
            .orElseThrow(() -> new PaperProblems.PaperNotAvailableException(code, form));
    return numbers.issue(code, form.paper(), content);
  }

  /** The register's address for this dossier (form 07), without the format. */
  String registerOf(String code, PaperForm form) {
    return register
        .of(dossiers.find(code))
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
