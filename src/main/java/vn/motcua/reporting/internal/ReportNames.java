package vn.motcua.reporting.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officials;

/**
 * The display names of procedures (their latest version's), agencies, role groups (role and agency,
 * in the reader's language) and officials (full name) for a report. {@link #lookup()} remembers
 * each name for one report, so rows of the same procedure, agency, group or official do not query
 * again; a name not found is shown as its key.
 */
@Component
class ReportNames {

  private final ProcedureCatalogue catalogue;
  private final Agencies agencies;
  private final Officials officials;

  ReportNames(ProcedureCatalogue catalogue, Agencies agencies, Officials officials) {
    this.catalogue = catalogue;
    this.agencies = agencies;
    this.officials = officials;
  }

  /** A lookup for one report. */
  Lookup lookup() {
    return new Lookup();
  }

  /** Names looked up once each, for one report. */
  final class Lookup {

    private final Map<String, String> procedures = new HashMap<>();
    private final Map<String, String> agencyNames = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private final Locale locale = LocaleContextHolder.getLocale();

    String procedure(String key) {
      return key == null
          ? null
          : procedures.computeIfAbsent(
              key, k -> catalogue.latest(k).map(Procedure::name).orElse(k));
    }

    String agency(String code) {
      return agencyNames.computeIfAbsent(code, c -> agencies.find(c).map(Agency::name).orElse(c));
    }

    /** A candidate group by role and agency ("Chuyên viên · UBND xã An Bình"). */
    String group(String groupId) {
      return groupId == null
          ? null
          : groupNames.computeIfAbsent(groupId, g -> officials.groupName(g, locale));
    }

    /** An official by full name. */
    String person(String id) {
      return id == null ? null : people.computeIfAbsent(id, officials::fullName);
    }
  }
}
