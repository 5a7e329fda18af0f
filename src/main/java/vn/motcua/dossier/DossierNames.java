package vn.motcua.dossier;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A dossier's applicant by name, for the texts sent to the staff working on it (notifications),
 * where no official is signed in. No access check: callers only write it to those who may read the
 * dossier.
 */
@Component
public class DossierNames {

  private final JdbcClient jdbc;

  DossierNames(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The applicant's full name as recorded at reception, empty for an unknown dossier. */
  public Optional<String> applicant(String code) {
    return jdbc.sql("select applicant_full_name from dossier where code = ?")
        .param(code)
        .query(String.class)
        .optional();
  }
}
