package vn.motcua.organization;

import java.time.Instant;

/**
 * An administrator changed the organisation: {@code AGENCY_ADDED}, {@code UNIT_ADDED}, {@code
 * OFFICIAL_ADDED}, {@code ROLES_CHANGED} or {@code OFFICIAL_DEACTIVATED}, on {@code subjectType}
 * {@code AGENCY} (id = the agency code), {@code UNIT} ({@code <agency>/<unit>}) or {@code OFFICIAL}
 * (the user id), with the state before and after as plain text. Published in the transaction of the
 * change, for the audit trail.
 */
public record OrganisationChanged(
    Instant at,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String before,
    String after) {}
