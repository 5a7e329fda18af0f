package vn.motcua.organization.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Role;
import vn.motcua.organization.internal.OfficialView.Grant;

/**
 * Our organisation tables mirrored into Camunda's identity: each agency is a tenant (id = agency
 * code), each role held in an agency a membership of the group {@code <agency>:<role>} ({@code
 * camunda-admin} for admin), each official a user (first name = family and middle names, last name
 * = given name) who is a member of the tenants of their home agency and of every agency they hold a
 * role in. Tenants only let Admin and Cockpit browse by agency: deployments and instances carry no
 * tenant id, and candidate-group authorizations keep agencies apart.
 */
@Component
class IdentityMirror {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;
  private final StartRights startRights;
  private final Agencies agencies;

  IdentityMirror(IdentityService identity, Agencies agencies, StartRights startRights) {
    this.startRights = startRights;
    this.identity = identity;
    this.agencies = agencies;
  }

  /** The agency's tenant, made when missing. */
  void agency(String code, String name) {
    if (identity.createTenantQuery().tenantId(code).count() == 0) {
      Tenant tenant = identity.newTenant(code);
      tenant.setName(name);
      identity.saveTenant(tenant);
    }
  }

  /** The agency's tenant and the group of every agency role, each made when missing. */
  void agencyWithGroups(String code, String name) {
    agency(code, name);
    for (Role role : Role.agencyRoles()) {
      group(role, code, name);
    }
  }

  /**
   * The official's Camunda user, memberships and tenants made to match; a user made now gets {@code
   * initialPassword}, an existing user keeps theirs. Memberships of groups that are no role group
   * are left alone.
   */
  void official(OfficialView official, String initialPassword) {
    user(official, initialPassword);
    Set<String> groups = new LinkedHashSet<>();
    Set<String> tenants = new LinkedHashSet<>();
    tenants.add(official.agency());
    for (Grant grant : official.roles()) {
      Role role = Role.ofId(grant.role()).orElseThrow();
      groups.add(group(role, grant.agency(), name(grant.agency())));
      tenants.add(grant.agency());
    }
    for (String tenant : tenants) {
      agency(tenant, name(tenant));
    }
    memberships(official.id(), groups, tenants);
  }

  /**
   * The user stays (history names them) but loses every role membership and tenant and gets a
   * random password nobody knows: they cannot sign in any more.
   */
  void lockOut(String id) {
    memberships(id, Set.of(), Set.of());
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user != null) {
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      user.setPassword(HexFormat.of().formatHex(secret));
      identity.saveUser(user);
    }
  }

  private void user(OfficialView official, String initialPassword) {
    User user = identity.createUserQuery().userId(official.id()).singleResult();
    boolean created = user == null;
    if (created) {
      user = identity.newUser(official.id());
    }
    String fullName = official.fullName().strip().replaceAll("\\s+", " ");
    int space = fullName.lastIndexOf(' ');
    String first = space < 0 ? "" : fullName.substring(0, space);
    String last = fullName.substring(space + 1);
    boolean changed =
        created
            || !Objects.equals(first, Objects.toString(user.getFirstName(), ""))
            || !last.equals(user.getLastName())
            || !Objects.equals(official.email(), user.getEmail());
    user.setFirstName(first);
    user.setLastName(last);
    user.setEmail(official.email());
    if (created) {
      user.setPassword(initialPassword);
    }
    if (changed) {
      identity.saveUser(user);
    }
  }

  private void memberships(String id, Set<String> groups, Set<String> tenants) {
    Set<String> current =
        identity.createGroupQuery().groupMember(id).list().stream()
            .map(Group::getId)
            .filter(g -> Role.agencyOf(g) != null || Groups.CAMUNDA_ADMIN.equals(g))
            .collect(Collectors.toSet());
    current.stream()
        .filter(g -> !groups.contains(g))
        .forEach(g -> identity.deleteMembership(id, g));
    groups.stream()
        .filter(g -> !current.contains(g))
        .forEach(g -> identity.createMembership(id, g));
    Set<String> currentTenants =
        identity.createTenantQuery().userMember(id).list().stream()
            .map(Tenant::getId)
            .collect(Collectors.toSet());
    currentTenants.stream()
        .filter(t -> !tenants.contains(t))
        .forEach(t -> identity.deleteTenantUserMembership(t, id));
    tenants.stream()
        .filter(t -> !currentTenants.contains(t))
        .forEach(t -> identity.createTenantUserMembership(t, id));
  }

  /** The role's group in the agency, made when missing; its id. */
  private String group(Role role, String agency, String agencyName) {
    String id = role.groupOf(agency);
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(role.isAgencyRole() ? role.label() + " – " + agencyName : role.label());
      group.setType(role.isAgencyRole() ? Groups.GROUP_TYPE_WORKFLOW : Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    startRights.grantIfReception(id);
    return id;
  }

  private String name(String agency) {
    return agencies.find(agency).map(Agency::name).orElse(agency);
  }
}
