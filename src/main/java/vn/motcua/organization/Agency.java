package vn.motcua.organization;

/** An agency of the organisation tree, identified by its national agency code. */
public record Agency(String code, String name, String parentCode) {}
