/**
 * What supervisors audit delays with: the statistics table of the regulations, the dashboard's
 * overview and the service-index indicators, for an agency's subtree and a period, with CSV and
 * XLSX exports. Reads the dossier, step and deadline tables as its read model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.motcua.reporting;
