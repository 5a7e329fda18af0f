/**
 * Agencies (a tree of any depth, each with its national code), civil servants and their roles,
 * mirrored into Camunda users and {@code <agency>:<role>} groups.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package vn.motcua.organization;
