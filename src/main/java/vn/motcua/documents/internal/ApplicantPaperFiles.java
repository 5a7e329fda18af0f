package vn.motcua.documents.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.documents.ApplicantPapers;
import vn.motcua.dossier.ApplicantDossiers;

/** {@link ApplicantPapers} through the same sources, numbers and PDF rendering as the API. */
@Component
class ApplicantPaperFiles implements ApplicantPapers {

  private final ApplicantDossiers dossiers;
  private final PaperRegistry registry;
  private final PaperForms forms;
  private final PdfPaper pdf;

  ApplicantPaperFiles(
      ApplicantDossiers dossiers, PaperRegistry registry, PaperForms forms, PdfPaper pdf) {
    this.dossiers = dossiers;
    this.registry = registry;
    this.forms = forms;
    this.pdf = pdf;
  }

  @Override
  public Optional<byte[]> pdf(String dossierCode, Kind kind) {
    PaperForm form = forms.form(paper(kind));
    return dossiers
        .find(dossierCode)
        .flatMap(
            dossier -> {
              try {
                return Optional.of(pdf.render(registry.paper(dossier, form)));
              } catch (PaperProblems.PaperNotAvailableException notNow) {
                return Optional.empty();
              }
            });
  }

  @Override
  public String formNumber(Kind kind) {
    return forms.form(paper(kind)).number();
  }

  private static Paper paper(Kind kind) {
    return switch (kind) {
      case RECEIPT -> Paper.RECEIPT;
      case SUPPLEMENT_REQUEST -> Paper.SUPPLEMENT_REQUEST;
      case REFUSAL -> Paper.REFUSAL;
      case EXTENSION_REQUEST -> Paper.EXTENSION_REQUEST;
    };
  }
}
