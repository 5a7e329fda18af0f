/**
 * The one-stop desk's page ({@code /reception}): a reception officer finds the procedure, types the
 * applicant and the start form's fields (Camunda Form, form-js viewer), marks the checklist,
 * attaches the scans and decides (receive, request completion, refuse). It owns no data: the page's
 * script calls the catalogue's, the dossier's and the attachments' HTTP APIs with the officer's
 * session, so each rule is checked once, by the module that owns it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reception")
package vn.motcua.reception;
