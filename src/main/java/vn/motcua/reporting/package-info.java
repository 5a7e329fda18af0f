/**
 * What supervisors audit delays with: the statistics table of the regulations, the dashboard's
 * overview and the service-index indicators (Decision 766/QĐ-TTg as the national portal scores it),
 * for an agency's subtree and a period, with CSV and XLSX exports. Reads the dossier, step and
 * deadline tables as its read model; asks the attachment module which dossiers' documents were
 * digitised ({@link vn.motcua.attachment.Attachments#digitisedAmong}) and the engine's history
 * whether a result was digitised on return.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.motcua.reporting;
