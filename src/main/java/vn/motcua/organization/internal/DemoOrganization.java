package vn.motcua.organization.internal;

import static vn.motcua.organization.internal.DemoRoster.COMMUNES;
import static vn.motcua.organization.internal.DemoRoster.COMMUNE_UNITS;
import static vn.motcua.organization.internal.DemoRoster.LAND_OFFICE;
import static vn.motcua.organization.internal.DemoRoster.OFFICES;
import static vn.motcua.organization.internal.DemoRoster.PASSWORD;
import static vn.motcua.organization.internal.DemoRoster.PROVINCE;
import static vn.motcua.organization.internal.DemoRoster.SUPERVISOR;
import static vn.motcua.organization.internal.DemoRoster.TAX_OFFICE;
import static vn.motcua.organization.internal.DemoRoster.UNIT_HEADS;
import static vn.motcua.organization.internal.DemoRoster.roleLabel;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.Role;
import vn.motcua.organization.internal.DemoRoster.Commune;
import vn.motcua.organization.internal.DemoRoster.Office;
import vn.motcua.organization.internal.DemoRoster.Official;

/**
 * The demo organisation (profile {@code demo} only): a province with three communes, an
 * administrator and, per commune, its units and a reception officer, a civil-status specialist, an
 * office head and a chairman; under the province a land registration office, a tax office (its
 * partner for financial obligations, and each commune's partners for land registration and tax),
 * the police and two departments (justice, construction) with units, each with its officials. Every
 * official is in our tables and mirrored into Camunda (user, groups, agency tenants); every
 * password is {@code demo}. Idempotent: what exists is left alone.
 */
@Component
@Profile("demo")
@Order(1)
class DemoOrganization implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final StartRights startRights;
  private final DemoStaff staff;
  private final IdentityMirror mirror;

  DemoOrganization(
      JdbcClient jdbc,
      IdentityService identity,
      DemoStaff staff,
      IdentityMirror mirror,
      StartRights startRights) {
    this.startRights = startRights;
    this.jdbc = jdbc;
    this.identity = identity;
    this.staff = staff;
    this.mirror = mirror;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    agency(PROVINCE, "UBND tỉnh Thử Nghiệm (demo)", null);
    group(
        Role.SUPERVISOR.groupOf(PROVINCE),
        "Giám sát – UBND tỉnh Thử Nghiệm (demo)",
        Groups.GROUP_TYPE_WORKFLOW);
    user(SUPERVISOR, PROVINCE);
    group(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống", Groups.GROUP_TYPE_SYSTEM);
    user(new Official("admin", "Quản trị", "viên", Role.ADMIN), PROVINCE);
    for (Commune commune : COMMUNES) {
      agency(commune.code(), commune.name(), PROVINCE);
      COMMUNE_UNITS.forEach((code, name) -> staff.unit(commune.code(), code, name));
      for (Role role : List.of(Role.RECEPTION, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER)) {
        group(
            role.groupOf(commune.code()),
            roleLabel(role) + " – " + commune.name(),
            Groups.GROUP_TYPE_WORKFLOW);
      }
      String[] names = commune.staff();
      String slug = commune.slug();
      user(
          new Official("tiepnhan." + slug, names[0], names[1], Role.RECEPTION, "motcua"),
          commune.code());
      user(
          new Official("hotich." + slug, names[2], names[3], Role.SPECIALIST, "vanphong"),
          commune.code());
      if (slug.equals("anbinh")) {
        // a second civil-status specialist, so that work can be transferred within the unit
        user(
            new Official("tuphap.anbinh", "Phan Văn", "Long", Role.SPECIALIST, "vanphong"),
            commune.code());
      }
      List<String> head = UNIT_HEADS.get(slug);
      user(
          new Official("vanphong." + slug, head.get(0), head.get(1), Role.UNIT_HEAD, "vanphong"),
          commune.code());
      user(new Official("chutich." + slug, names[4], names[5], Role.LEADER), commune.code());
    }
    for (Office office : OFFICES) {
      agency(office.code(), office.name(), PROVINCE);
      office.units().forEach((code, name) -> staff.unit(office.code(), code, name));
      for (Role role : List.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER)) {
        if (office.roleLabels().containsKey(role)) {
          group(
              role.groupOf(office.code()),
              office.roleLabels().get(role) + " – " + office.name(),
              Groups.GROUP_TYPE_WORKFLOW);
        }
      }
      for (Official official : office.officials()) {
        user(official, office.code());
      }
    }
    partner(LAND_OFFICE, "TAX", TAX_OFFICE);
    for (Commune commune : COMMUNES) {
      // the first land-use certificate since Decree 151/2025: the commune resolves, the land
      // registration office checks eligibility, the tax office determines obligations
      partner(commune.code(), "LAND_REGISTRATION", LAND_OFFICE);
      partner(commune.code(), "TAX", TAX_OFFICE);
    }
    log.info(
        "Demo organisation ready: admin, {} communes and {} provincial agencies (password '{}')",
        COMMUNES.size(),
        OFFICES.size(),
        PASSWORD);
  }

  private void agency(String code, String name, String parent) {
    int exists =
        jdbc.sql("select count(*) from agency where code = ?")
            .param(code)
            .query(Integer.class)
            .single();
    if (exists == 0) {
      jdbc.sql("insert into agency (code, name, parent_code) values (?, ?, ?)")
          .params(code, name, parent)
          .update();
    }
    mirror.agency(code, name);
  }

  private void partner(String agency, String kind, String partner) {
    int exists =
        jdbc.sql("select count(*) from agency_partner where agency_code = ? and kind = ?")
            .params(agency, kind)
            .query(Integer.class)
            .single();
    if (exists == 0) {
      jdbc.sql("insert into agency_partner (agency_code, kind, partner_code) values (?, ?, ?)")
          .params(agency, kind, partner)
          .update();
    }
  }

  private void group(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
    startRights.grantIfReception(id);
  }

  /**
   * The official in our tables (home {@code agency}, their role held there) and in Camunda: user
   * with the demo password, group membership, tenants.
   */
  private void user(Official official, String agency) {
    staff.official(
        official.id(),
        official.firstName() + " " + official.lastName(),
        agency,
        official.unit(),
        official.role(),
        PASSWORD);
  }
}
