package vn.motcua.dossier.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierProofs.ProvenDossier;

/** The few columns {@link vn.motcua.dossier.DossierProofs} reads to check a citizen's proof. */
@Component
public class ProofDossiers {

  private final JdbcClient jdbc;

  ProofDossiers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The applicant's ID number ("" when none was recorded), if the dossier exists. */
  public Optional<String> idNumber(String code) {
    return jdbc.sql("select coalesce(applicant_id_number, '') from dossier where code = ?")
        .param(code)
        .query(String.class)
        .optional();
  }

  public Optional<ProvenDossier> proven(String code) {
    return jdbc.sql("select code, procedure_key, resolving_agency from dossier where code = ?")
        .param(code)
        .query(ProvenDossier.class)
        .optional();
  }
}
