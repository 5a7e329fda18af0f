/**
 * Reception: the one-stop desk. Its intake in one call ({@code POST /api/reception}): the dossier
 * with its intake data and checklist, the documents scanned at the desk, and the decision (receive,
 * request completion on the spot, refuse) with the papers it gives the applicant; and the desk's
 * page ({@code /reception}), whose script finds the procedure, shows its start form with the
 * form-js viewer and sends that call with the officer's session.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reception")
package vn.motcua.reception;
