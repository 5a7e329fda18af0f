package vn.motcua.organization;

/**
 * A role group as people read it: the role and the agency's name, e.g. "Chuyên viên · UBND xã An
 * Bình" for {@code 000.00.01.H99:specialist}.
 */
public record RoleGroup(String groupId, Role role, String agencyCode, String agencyName) {}
