package vn.motcua.organization.internal;

import java.util.List;

/**
 * A civil servant as our tables hold them: home agency and unit, and the roles they hold, in that
 * agency or others. An inactive official keeps their rows but has no Camunda memberships.
 */
record OfficialView(
    String id,
    String fullName,
    String email,
    String phone,
    String agency,
    String unit,
    boolean active,
    List<Grant> roles) {

  /** A role held in an agency. */
  record Grant(String agency, String role) {}
}
