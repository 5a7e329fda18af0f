/**
 * Agencies (a tree of any depth, each with its national code), their units, civil servants and the
 * roles they hold per agency, kept in our tables and mirrored into Camunda users, {@code
 * <agency>:<role>} groups and one tenant per agency.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package vn.motcua.organization;
