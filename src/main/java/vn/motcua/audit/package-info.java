/**
 * The audit trail: every action on a dossier and every administrative change, written in the
 * transaction of the action into an append-only, hash-chained log that {@code GET
 * /api/audit/verify} walks to detect any edited or deleted entry; and each dossier's timeline page.
 * Each entry is sealed with an HMAC under a key from configuration, and the chain's head is signed
 * with Ed25519 into a file outside the database ({@code GET /api/audit/head}), so that whoever can
 * write the database cannot rewrite the log unnoticed. It only listens to the events other modules
 * publish: dossier, step, deadline, calendar and organisation changes (subjects {@code AGENCY},
 * {@code UNIT}, {@code OFFICIAL}), the documents added to a dossier, with their SHA-256, and the
 * applicants' ratings ({@code RATED}, with the rating's chained hash), and the procedure versions
 * published from the studio ({@code PROCEDURE_PUBLISHED} on subject {@code PROCEDURE}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.motcua.audit;
