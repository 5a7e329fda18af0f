package vn.motcua.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How a dossier ended, for modules that serve the applicant after the end (the satisfaction
 * rating): no access rule of its own, so a caller must first have checked who asks (the dossier's
 * {@link StatusLinks} token, or a civil servant's role), and must show the applicant nothing of it
 * beyond what the status page shows.
 */
@Component
public class DossierOutcomes {

  /**
   * The dossier's identity, agencies, status and end; the applicant's contacts only to attribute
   * what the applicant does ({@code citizen:<masked contact>}).
   */
  public record Outcome(
      String code,
      String procedureKey,
      String receivingAgency,
      String resolvingAgency,
      DossierStatus status,
      Instant finishedAt,
      String applicantPhone,
      String applicantEmail,
      String applicantIdNumber) {

    /**
     * Whether the applicant received a result: returned, or not granted with the reasons returned
     * (REJECTED is set by the return step, domain glossary). Refused at reception, withdrawn or
     * closed without supplement are ends without a result.
     */
    public boolean resultReturned() {
      return status == DossierStatus.RETURNED || status == DossierStatus.REJECTED;
    }
  }

  private final JdbcClient jdbc;

  DossierOutcomes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Outcome> find(String code) {
    return jdbc.sql(
            "select code, procedure_key, receiving_agency, resolving_agency, status, finished_at,"
                + " applicant_phone, applicant_email, applicant_id_number from dossier where code = ?")
        .param(code)
        .query(
            (rs, n) -> {
              OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
              return new Outcome(
                  rs.getString("code"),
                  rs.getString("procedure_key"),
                  rs.getString("receiving_agency"),
                  rs.getString("resolving_agency"),
                  DossierStatus.valueOf(rs.getString("status")),
                  finished == null ? null : finished.toInstant(),
                  rs.getString("applicant_phone"),
                  rs.getString("applicant_email"),
                  rs.getString("applicant_id_number"));
            })
        .optional();
  }
}
