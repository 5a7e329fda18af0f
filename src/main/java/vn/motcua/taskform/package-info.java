/**
 * Forms that show the dossier: every step's Camunda Form, as Tasklist (or an engine REST client)
 * loads it, opens with a panel generated for the dossier and the official reading it (applicant,
 * agencies, procedure, dates, the intake data with the start form's labels, the documents, the
 * earlier steps' decisions and opinions with the forms' labels, a return's reason), so that no
 * procedure author repeats the dossier in a form.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Task forms")
package vn.motcua.taskform;
