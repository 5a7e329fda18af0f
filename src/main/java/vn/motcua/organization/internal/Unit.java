package vn.motcua.organization.internal;

/** A unit (phòng, ban, bộ phận) inside an agency. */
record Unit(String agencyCode, String code, String name) {}
