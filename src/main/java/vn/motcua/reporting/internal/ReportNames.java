package vn.motcua.reporting.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * The display names of procedures (their latest version's) and agencies for a report. {@link
 * #lookup()} remembers each name for one report, so rows of the same procedure or agency do not
 * query again; a name not found is shown as its key.
 */
@Component
class ReportNames {

  private final ProcedureCatalogue catalogue;
  private final Agencies agencies;

  ReportNames(ProcedureCatalogue catalogue, Agencies agencies) {
    this.catalogue = catalogue;
    this.agencies = agencies;
  }

  /** A lookup for one report. */
  Lookup lookup() {
    return new Lookup();
  }

  /** Names looked up once each, for one report. */
  final class Lookup {

    private final Map<String, String> procedures = new HashMap<>();
    private final Map<String, String> agencyNames = new HashMap<>();

    String procedure(String key) {
      return key == null
          ? null
          : procedures.computeIfAbsent(
              key, k -> catalogue.latest(k).map(Procedure::name).orElse(k));
    }

    String agency(String code) {
      return agencyNames.computeIfAbsent(code, c -> agencies.find(c).map(Agency::name).orElse(c));
    }
  }
}
