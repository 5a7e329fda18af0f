package vn.motcua.organization.internal;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Role;
import vn.motcua.organization.internal.OfficialView.Grant;

/**
 * Writes the demo's units and officials into our tables and mirrors each new official into Camunda
 * (user with the demo password, group memberships, tenants). What exists is left alone.
 */
@Component
@Profile("demo")
class DemoStaff {

  private final OrganizationStore store;
  private final IdentityMirror mirror;

  DemoStaff(OrganizationStore store, IdentityMirror mirror) {
    this.store = store;
    this.mirror = mirror;
  }

  void unit(String agency, String code, String name) {
    if (!store.unitExists(agency, code)) {
      store.addUnit(new Unit(agency, code, name));
    }
  }

  /** An official of {@code agency} (in {@code unit}, may be null) holding {@code role} there. */
  void official(
      String id, String fullName, String agency, String unit, Role role, String password) {
    if (store.official(id).isEmpty()) {
      OfficialView official =
          new OfficialView(
              id,
              fullName,
              id + "@demo.motcua.vn",
              null,
              agency,
              unit,
              true,
              List.of(new Grant(agency, role.id())));
      store.addOfficial(official);
      mirror.official(official, password);
    }
  }
}
