package vn.motcua.organization.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganisationChanged;
import vn.motcua.organization.Role;
import vn.motcua.organization.internal.OfficialView.Grant;

/**
 * What an administrator changes in the organisation, from the API or the admin page: agencies,
 * units, officials and their roles, each written to our tables and mirrored into Camunda in one
 * transaction, and announced as {@link OrganisationChanged} for the audit trail. Refusals are
 * {@link OrganizationProblem}s; who may call is the callers' check.
 */
@Service
class OrganizationAdmin {

  /** A new official; {@code roles} are role ids held in the home agency. */
  record NewOfficial(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") String id,
      @NotBlank @Size(max = 255) String fullName,
      @NotBlank @Email @Size(max = 255) String email,
      @Size(max = 32) @Pattern(regexp = "|(\\+84|0)\\d{9,10}") String phone,
      @NotBlank @Size(max = 64) String agency,
      @Size(max = 64) String unit,
      @NotEmpty List<@NotBlank @Size(max = 32) String> roles,
      // length and strength: OfficialPasswords, with one message per rule broken
      @NotNull @Size(max = 128) String password) {}

  /** The roles an official holds in one agency, replacing those they held there. */
  record RoleChange(
      @NotBlank @Size(max = 64) String agency,
      @NotNull List<@NotBlank @Size(max = 32) String> roles) {}

  private final Agencies agencies;
  private final OrganizationStore store;
  private final IdentityMirror mirror;
  private final IdentityService identity;
  private final TaskService tasks;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final OfficialPasswords passwords;

  OrganizationAdmin(
      Agencies agencies,
      OrganizationStore store,
      IdentityMirror mirror,
      IdentityService identity,
      TaskService tasks,
      ApplicationEventPublisher events,
      Clock clock,
      OfficialPasswords passwords) {
    this.passwords = passwords;
    this.agencies = agencies;
    this.store = store;
    this.mirror = mirror;
    this.identity = identity;
    this.tasks = tasks;
    this.events = events;
    this.clock = clock;
  }

  private void announce(String action, String type, String id, String before, String after) {
    String actor = actorFromSecurity();
    events.publishEvent(
        new OrganisationChanged(clock.instant(), actor, action, type, id, before, after));
  }

  private static String actorFromSecurity() {
    var authentication =
        org.springframework.security.core.context.SecurityContextHolder.getContext()
            .getAuthentication();
    return authentication == null ? "system" : authentication.getName();
  }

  private static String describe(OfficialView official) {
    return official.fullName()
        + "; "
        + official.agency()
        + (official.unit() == null ? "" : "/" + official.unit())
        + "; "
        + roles(official)
        + (official.active() ? "" : "; inactive");
  }

  private static String roles(OfficialView official) {
    return String.join(
        ", ", official.roles().stream().map(g -> g.agency() + ":" + g.role()).toList());
  }

  /** A new agency under {@code parentCode} (none: a root), its tenant and its role groups. */
  @Transactional
  Agency addAgency(String code, String name, String parentCode) {
    String parent = blankToNull(parentCode);
    if (agencies.find(code).isPresent()) {
      throw new OrganizationProblem(HttpStatus.CONFLICT, "agency.exists", "code", code);
    }
    if (parent != null && agencies.find(parent).isEmpty()) {
      throw new OrganizationProblem(
          HttpStatus.UNPROCESSABLE_ENTITY, "agency.unknown-parent", "parentCode", parent);
    }
    Agency agency = new Agency(code, name.strip(), parent);
    store.addAgency(agency);
    mirror.agencyWithGroups(code, agency.name());
    announce(
        "AGENCY_ADDED",
        "AGENCY",
        code,
        null,
        agency.name() + (parent == null ? "" : " < " + parent));
    return agency;
  }

  @Transactional
  Unit addUnit(String agency, String code, String name) {
    if (agencies.find(agency).isEmpty()) {
      throw OrganizationProblem.unknownAgency("agency", agency);
    }
    if (store.unitExists(agency, code)) {
      throw new OrganizationProblem(HttpStatus.CONFLICT, "unit.exists", "code", code);
    }
    Unit unit = new Unit(agency, code, name.strip());
    store.addUnit(unit);
    announce("UNIT_ADDED", "UNIT", agency + "/" + code, null, unit.name());
    return unit;
  }

  @Transactional
  OfficialView addOfficial(NewOfficial request) {
    List<String> roles = roleIds(request.roles());
    String id = request.id();
    if (store.official(id).isPresent() || identity.createUserQuery().userId(id).count() > 0) {
      throw new OrganizationProblem(HttpStatus.CONFLICT, "official.exists", "id", id);
    }
    if (agencies.find(request.agency()).isEmpty()) {
      throw OrganizationProblem.unknownAgency("agency", request.agency());
    }
    String unit = blankToNull(request.unit());
    if (unit != null && !store.unitExists(request.agency(), unit)) {
      throw new OrganizationProblem(HttpStatus.UNPROCESSABLE_ENTITY, "unit.unknown", "unit", unit);
    }
    passwords.require(
        id, request.password(), List.of(request.fullName(), request.email(), request.agency()));
    OfficialView official =
        new OfficialView(
            id,
            request.fullName().strip(),
            request.email().strip(),
            blankToNull(request.phone()),
            request.agency(),
            unit,
            true,
            roles.stream().map(role -> new Grant(request.agency(), role)).toList());
    store.addOfficial(official);
    mirror.official(official, request.password());
    announce("OFFICIAL_ADDED", "OFFICIAL", id, null, describe(official));
    return official;
  }

  @Transactional
  OfficialView setRoles(String id, RoleChange change) {
    List<String> roles = roleIds(change.roles());
    OfficialView official =
        store.official(id).orElseThrow(() -> OrganizationProblem.unknownOfficial(id));
    if (!official.active()) {
      throw new OrganizationProblem(HttpStatus.CONFLICT, "official.inactive", "id", id);
    }
    if (agencies.find(change.agency()).isEmpty()) {
      throw OrganizationProblem.unknownAgency("agency", change.agency());
    }
    store.replaceRoles(id, change.agency(), roles);
    OfficialView changed = store.official(id).orElseThrow();
    mirror.official(changed, null);
    announce("ROLES_CHANGED", "OFFICIAL", id, roles(official), roles(changed));
    return changed;
  }

  /**
   * The official stops: marked inactive, locked out of Camunda (see {@link
   * IdentityMirror#lockOut}), and the open steps they held go back to their units, unclaimed. Their
   * roles stay recorded. {@code by}, the administrator, may not deactivate themselves.
   */
  @Transactional
  OfficialView deactivate(String id, String by) {
    OfficialView official =
        store.official(id).orElseThrow(() -> OrganizationProblem.unknownOfficial(id));
    if (id.equals(by)) {
      throw new OrganizationProblem(HttpStatus.CONFLICT, "official.self", "id", id);
    }
    if (official.active()) {
      store.deactivate(id);
      mirror.lockOut(id);
      tasks
          .createTaskQuery()
          .taskAssignee(id)
          .list()
          .forEach(t -> tasks.setAssignee(t.getId(), null));
      announce(
          "OFFICIAL_DEACTIVATED",
          "OFFICIAL",
          id,
          describe(official),
          describe(store.official(id).orElseThrow()));
    }
    return store.official(id).orElseThrow();
  }

  /** The role ids, each known, without repeats. */
  private static List<String> roleIds(List<String> roles) {
    for (String role : roles) {
      if (Role.ofId(role.strip()).isEmpty()) {
        throw new OrganizationProblem(HttpStatus.BAD_REQUEST, "role.unknown", "roles", role);
      }
    }
    return List.copyOf(new LinkedHashSet<>(roles.stream().map(String::strip).toList()));
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
