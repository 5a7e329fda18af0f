package vn.motcua.organization.internal;

import java.util.List;
import java.util.Map;
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

/**
 * The demo organisation (profile {@code demo} only): a province with three communes, an
 * administrator and, per commune, its units and a reception officer, a civil-status specialist, an
 * office head and a chairman; under the province a land registration office, a tax office (its
 * partner for financial obligations), the police and two departments (justice, construction) with
 * units, each with its officials. Every official is in our tables and mirrored into Camunda (user,
 * groups, agency tenants); every password is {@code demo}. Idempotent: what exists is left alone.
 */
@Component
@Profile("demo")
@Order(1)
class DemoOrganization implements ApplicationRunner {

  static final String PASSWORD = "demo";
  static final String PROVINCE = "000.00.00.H99";

  /**
   * A commune and its three officials' names: reception, civil status, chairman, each as family and
   * middle names, then given name.
   */
  record Commune(String code, String name, String slug, String... staff) {}

  /** Per commune, the head of its one-stop and administrative office: the ladder's unit head. */
  static final Map<String, List<String>> UNIT_HEADS =
      Map.of(
          "anbinh",
          List.of("Đặng Thị", "Thu"),
          "hoaphu",
          List.of("Ngô Quốc", "Bảo"),
          "tanlap",
          List.of("Tạ Minh", "Châu"));

  /** The province's inspector, who supervises every agency below it. */
  static final Official SUPERVISOR =
      new Official("thanhtra.tinh", "Trịnh Văn", "Khải", Role.SUPERVISOR);

  /**
   * An official. Camunda shows "first last", so the first name holds the family and middle names
   * and the last name the given name: "Nguyễn Thị" + "Lan" reads "Nguyễn Thị Lan" everywhere.
   */
  record Official(String id, String firstName, String lastName, Role role, String unit) {
    Official(String id, String firstName, String lastName, Role role) {
      this(id, firstName, lastName, role, null);
    }
  }

  /**
   * A provincial agency with its units (code to name) and officials; the group of a role is named
   * with its label.
   */
  record Office(
      String code,
      String name,
      Map<Role, String> roleLabels,
      List<Official> officials,
      Map<String, String> units) {
    Office(String code, String name, Map<Role, String> roleLabels, List<Official> officials) {
      this(code, name, roleLabels, officials, Map.of());
    }
  }

  /** The units of every commune, code to name, and where its officials sit. */
  static final Map<String, String> COMMUNE_UNITS =
      Map.of(
          "motcua", "Bộ phận Một cửa",
          "vanphong", "Văn phòng HĐND và UBND",
          "vhxh", "Phòng Văn hóa – Xã hội");

  static final List<Commune> COMMUNES =
      List.of(
          new Commune(
              "000.00.01.H99",
              "UBND xã An Bình",
              "anbinh",
              "Nguyễn Thị",
              "Lan",
              "Trần Minh",
              "Tuấn",
              "Lê Văn",
              "Quang"),
          new Commune(
              "000.00.02.H99",
              "UBND phường Hòa Phú",
              "hoaphu",
              "Phạm Thu",
              "Hà",
              "Vũ Anh",
              "Đức",
              "Hoàng Ngọc",
              "Sơn"),
          new Commune(
              "000.00.03.H99",
              "UBND xã Tân Lập",
              "tanlap",
              "Đinh Thị",
              "Hương",
              "Lý Văn",
              "Phúc",
              "Mai Xuân",
              "Trường"));

  static final String LAND_OFFICE = "000.00.10.H99";
  static final String TAX_OFFICE = "000.00.11.H99";

  static final List<Office> OFFICES =
      List.of(
          new Office(
              LAND_OFFICE,
              "Văn phòng Đăng ký đất đai tỉnh Thử Nghiệm",
              Map.of(
                  Role.RECEPTION, "Bộ phận một cửa",
                  Role.SPECIALIST, "Chuyên viên đăng ký đất đai",
                  Role.LEADER, "Lãnh đạo"),
              List.of(
                  new Official("tiepnhan.datdai", "Nguyễn Thị", "Hoa", Role.RECEPTION),
                  new Official("chuyenvien.datdai", "Trần Văn", "Minh", Role.SPECIALIST),
                  new Official("lanhdao.datdai", "Lê Quang", "Hưng", Role.LEADER))),
          new Office(
              TAX_OFFICE,
              "Thuế tỉnh Thử Nghiệm",
              Map.of(Role.SPECIALIST, "Công chức thuế", Role.LEADER, "Lãnh đạo"),
              List.of(
                  new Official("chuyenvien.thue", "Phạm Thu", "Trang", Role.SPECIALIST),
                  new Official("lanhdao.thue", "Hoàng Văn", "Dũng", Role.LEADER))),
          new Office(
              "000.00.12.H99",
              "Công an tỉnh Thử Nghiệm",
              Map.of(
                  Role.RECEPTION, "Bộ phận một cửa",
                  Role.SPECIALIST, "Cán bộ lý lịch tư pháp",
                  Role.LEADER, "Lãnh đạo"),
              List.of(
                  new Official("tiepnhan.congan", "Vũ Thị", "Mai", Role.RECEPTION),
                  new Official("chuyenvien.congan", "Đỗ Văn", "Nam", Role.SPECIALIST),
                  new Official("lanhdao.congan", "Bùi Đức", "Thắng", Role.LEADER))),
          new Office(
              "000.00.20.H99",
              "Sở Tư pháp tỉnh Thử Nghiệm",
              Map.of(
                  Role.RECEPTION, "Bộ phận một cửa",
                  Role.SPECIALIST, "Chuyên viên hành chính tư pháp",
                  Role.LEADER, "Lãnh đạo Sở"),
              List.of(
                  new Official("tiepnhan.tuphap", "Lương Thị", "Ngọc", Role.RECEPTION, "vanphong"),
                  new Official("chuyenvien.tuphap", "Cao Minh", "Khoa", Role.SPECIALIST, "hctp"),
                  new Official("lanhdao.tuphap", "Nguyễn Hữu", "Thành", Role.LEADER)),
              Map.of("vanphong", "Văn phòng Sở", "hctp", "Phòng Hành chính tư pháp")),
          new Office(
              "000.00.21.H99",
              "Sở Xây dựng tỉnh Thử Nghiệm",
              Map.of(
                  Role.RECEPTION, "Bộ phận một cửa",
                  Role.SPECIALIST, "Chuyên viên quản lý xây dựng",
                  Role.LEADER, "Lãnh đạo Sở"),
              List.of(
                  new Official("tiepnhan.xaydung", "Hồ Thị", "Yến", Role.RECEPTION, "vanphong"),
                  new Official("chuyenvien.xaydung", "Kiều Văn", "Hải", Role.SPECIALIST, "qlhdxd"),
                  new Official("lanhdao.xaydung", "Châu Quốc", "Việt", Role.LEADER)),
              Map.of("vanphong", "Văn phòng Sở", "qlhdxd", "Phòng Quản lý hoạt động xây dựng")));

  private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final DemoStaff staff;
  private final IdentityMirror mirror;

  DemoOrganization(
      JdbcClient jdbc, IdentityService identity, DemoStaff staff, IdentityMirror mirror) {
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

  private static String roleLabel(Role role) {
    return switch (role) {
      case RECEPTION -> "Bộ phận một cửa";
      case SPECIALIST -> "Công chức tư pháp – hộ tịch";
      case LEADER -> "Lãnh đạo";
      case UNIT_HEAD -> "Văn phòng HĐND và UBND";
      case SUPERVISOR -> "Giám sát";
      case ADMIN -> "Quản trị hệ thống";
    };
  }
}
