package vn.motcua.bench.bare;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a dossier of the benchmark carries into the engine. Một Cửa keeps the applicant and the
 * dossier data in its own tables and gives the engine only the code, the agencies, the channel and
 * the legal due date; a plain Camunda application keeps all of it as process variables, so the bare
 * peer does, with the values of the test data (DemoData.birthRegistration).
 */
final class Dossiers {

  static final String PROCESS_KEY = "birth-registration";

  private Dossiers() {}

  /** Test commune number {@code n} (0-based): 000.00.50.H99, 000.00.51.H99, … as in bench/run. */
  static String commune(int n) {
    return "000.00." + (50 + n) + ".H99";
  }

  static Map<String, Object> variables(String code, String agency) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("dossierCode", code);
    variables.put("agency", agency);
    variables.put("receivingAgency", agency);
    variables.put("channel", "COUNTER");
    variables.put("legalDue", new Date(System.currentTimeMillis() + 8 * 3600_000L));
    variables.put("applicantFullName", "Nguyễn Văn An");
    variables.put("applicantIdNumber", "001090012345");
    variables.put("applicantPhone", "0912345678");
    variables.put("applicantEmail", "an.nguyen@example.vn");
    variables.put("applicantAddress", "Thôn Đông, xã An Bình");
    variables.put("childName", "Nguyễn Thị Bình");
    variables.put("childBirthDate", "2026-11-20");
    return variables;
  }
}
