package vn.motcua.dossier.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The online acceptance ladder, in working time of the receiving agency's calendar ({@link
 * vn.motcua.calendar.WorkingDuration}): {@code allowed}, the desk's time to accept or return an
 * online submission (8 working hours, Decree 118/2025 Art. 17(2)(c)); {@code escalate-after}, the
 * further working time after which the agency's leader and supervisors are told (the law is silent:
 * 4 working hours, half a working day, by default).
 */
@ConfigurationProperties("motcua.online-acceptance")
record OnlineAcceptanceSettings(String allowed, String escalateAfter) {

  OnlineAcceptanceSettings {
    allowed = allowed == null || allowed.isBlank() ? "PT8H" : allowed;
    escalateAfter = escalateAfter == null || escalateAfter.isBlank() ? "PT4H" : escalateAfter;
  }
}
