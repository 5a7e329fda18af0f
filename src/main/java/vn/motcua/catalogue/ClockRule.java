package vn.motcua.catalogue;

/**
 * What the legal clock does when a dossier goes back to the applicant for supplementation: by
 * default (Decree 118/2025 Art. 19(5)) it restarts from zero when the complete dossier arrives;
 * sector law may say it only pauses.
 */
public enum ClockRule {
  RESTART,
  PAUSE
}
