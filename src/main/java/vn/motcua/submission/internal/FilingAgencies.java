package vn.motcua.submission.internal;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Procedure;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Role;

/**
 * Where a procedure can be filed: every agency with a one-stop desk (a {@code <agency>:reception}
 * group with at least one member; every agency has the group, not every one a desk), since Decree
 * 118/2025/NĐ-CP lets a citizen file at any one-stop desk of the province regardless of
 * administrative boundaries. Which of them is competent to resolve it is not decided here (the same
 * list for every procedure); this is the one place to refine it.
 */
@Component
class FilingAgencies {

  private final Agencies agencies;
  private final IdentityService identity;

  FilingAgencies(Agencies agencies, IdentityService identity) {
    this.agencies = agencies;
    this.identity = identity;
  }

  /** The agencies that receive {@code procedure}, by name. */
  List<Agency> of(Procedure procedure) {
    return agencies.all().stream()
        .filter(
            a ->
                identity.createUserQuery().memberOfGroup(Role.RECEPTION.groupOf(a.code())).count()
                    > 0)
        .sorted(Comparator.comparing(Agency::name))
        .toList();
  }

  boolean receives(Procedure procedure, String agency) {
    return of(procedure).stream().anyMatch(a -> a.code().equals(agency));
  }
}
