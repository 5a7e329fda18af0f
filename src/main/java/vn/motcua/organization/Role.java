package vn.motcua.organization;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The roles a civil servant holds in an agency. Each agency role has one Camunda group per agency
 * ({@code <agency>:<role>}); {@link #ADMIN} is not an agency role: its group is Camunda's {@code
 * camunda-admin}, the same for every agency.
 */
public enum Role {
  RECEPTION("reception", "Bộ phận một cửa"),
  SPECIALIST("specialist", "Chuyên viên"),
  UNIT_HEAD("unit-head", "Trưởng bộ phận"),
  LEADER("leader", "Lãnh đạo"),
  SUPERVISOR("supervisor", "Giám sát"),
  ADMIN("admin", "Quản trị hệ thống");

  private static final List<Role> AGENCY_ROLES =
      Arrays.stream(values()).filter(Role::isAgencyRole).toList();

  private final String id;
  private final String label;

  Role(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The role's name in Vietnamese, for group names. */
  public String label() {
    return label;
  }

  public String id() {
    return id;
  }

  /** Whether each agency has its own group for this role (every role but {@link #ADMIN}). */
  public boolean isAgencyRole() {
    return this != ADMIN;
  }

  /** The roles with a group per agency, in order: every role but {@link #ADMIN}. */
  public static List<Role> agencyRoles() {
    return AGENCY_ROLES;
  }

  /**
   * The Camunda group of this role in an agency: {@code <agency code>:<role>}, or {@code
   * camunda-admin} for {@link #ADMIN} whatever the agency.
   */
  public String groupOf(String agencyCode) {
    return isAgencyRole() ? agencyCode + ":" + id : Groups.CAMUNDA_ADMIN;
  }

  /** The role with this id ({@code unit-head}, {@code admin} …), if there is one. */
  public static Optional<Role> ofId(String id) {
    return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
  }

  /** The agency code of a role group, or null when the group is not an agency role group. */
  public static String agencyOf(String groupId) {
    int colon = groupId.lastIndexOf(':');
    return colon > 0 ? groupId.substring(0, colon) : null;
  }
}
