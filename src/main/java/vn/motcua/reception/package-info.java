/**
 * Reception: the one-stop desk's intake in one call ({@code POST /api/reception}): the dossier with
 * its intake data and checklist, the documents scanned at the desk, and the decision (receive,
 * request completion on the spot, refuse) with the papers it gives the applicant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reception")
package vn.motcua.reception;
