/**
 * What supervisors audit delays with: the statistics table of the regulations, the dashboard's
 * overview and the service-index indicators (Decision 766/QĐ-TTg as the national portal scores it),
 * for an agency's subtree and a period, with CSV and XLSX exports. Reads the dossier, step and
 * deadline tables as its read model, the attachment module's view {@code digitised_document} for
 * the documents digitised at reception, and the engine's history table of variables for results
 * digitised on return (see {@code internal.DigitisedDossiers}); and the applicants' satisfaction
 * ratings through the rating module's API ({@code vn.motcua.rating.Ratings}), for the satisfaction
 * report and the service index's satisfaction group.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.motcua.reporting;
