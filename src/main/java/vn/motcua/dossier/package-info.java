/**
 * Dossiers: reception, codes, status through the lifecycle, and the dossier API. One Camunda
 * process instance per dossier, with the dossier code as business key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier")
package vn.motcua.dossier;
