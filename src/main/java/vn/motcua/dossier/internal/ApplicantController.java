package vn.motcua.dossier.internal;

import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalogue.ProcedureCatalogue;

/**
 * {@code GET /api/applicants/{idNumber}/dossiers}: an applicant's earlier dossiers that the caller
 * may read, newest first, at most 10, so the desk can reuse their data.
 */
@RestController
@Validated
class ApplicantController {

  static final int LIMIT = 10;

  /** One earlier dossier of the applicant. */
  record EarlierDossier(
      String code,
      String procedureKey,
      String procedureName,
      Instant receivedAt,
      NewDossierRequest.Applicant applicant,
      Map<String, Object> data) {}

  private final DossierRepository dossiers;
  private final DossierAccess access;
  private final ProcedureCatalogue catalogue;
  private final IntakeData intake;

  ApplicantController(
      DossierRepository dossiers,
      DossierAccess access,
      ProcedureCatalogue catalogue,
      IntakeData intake) {
    this.dossiers = dossiers;
    this.access = access;
    this.catalogue = catalogue;
    this.intake = intake;
  }

  @GetMapping("/api/applicants/{idNumber}/dossiers")
  @Transactional(readOnly = true)
  List<EarlierDossier> dossiers(@PathVariable @Pattern(regexp = "\\d{9}|\\d{12}") String idNumber) {
    return dossiers.ofApplicant(idNumber, 5 * LIMIT).stream()
        .filter(access::allowed)
        .limit(LIMIT)
        .map(
            d ->
                new EarlierDossier(
                    d.code(),
                    d.procedureKey(),
                    catalogue.ofDefinition(d.procedureDefinitionId()).name(),
                    d.receivedAt(),
                    d.applicant(),
                    intake.data(d)))
        .toList();
  }
}
