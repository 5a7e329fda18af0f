package vn.motcua.organization;

/** The roles a civil servant holds in an agency; each agency has one Camunda group per role. */
public enum Role {
  RECEPTION("reception", "Bộ phận một cửa"),
  SPECIALIST("specialist", "Chuyên viên"),
  UNIT_HEAD("unit-head", "Trưởng bộ phận"),
  LEADER("leader", "Lãnh đạo"),
  SUPERVISOR("supervisor", "Giám sát");

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

  /** The Camunda group of this role in an agency: {@code <agency code>:<role>}. */
  public String groupOf(String agencyCode) {
    return agencyCode + ":" + id;
  }

  /** The agency code of a role group, or null when the group is not an agency role group. */
  public static String agencyOf(String groupId) {
    int colon = groupId.lastIndexOf(':');
    return colon > 0 ? groupId.substring(0, colon) : null;
  }
}
