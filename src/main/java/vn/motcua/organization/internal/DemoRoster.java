package vn.motcua.organization.internal;

import java.util.List;
import java.util.Map;
import vn.motcua.organization.Role;

/**
 * Who the demo organisation is: its agencies, units and officials (see {@link DemoOrganization}).
 */
final class DemoRoster {

  private DemoRoster() {}

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

  static String roleLabel(Role role) {
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
