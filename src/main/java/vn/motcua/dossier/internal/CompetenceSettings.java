package vn.motcua.dossier.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agencies a procedure's {@code competence = agency:<alias>} names, alias to agency code
 * ({@code motcua.competence.agencies.judicial-records=000.00.12.H99}): which agency issues judicial
 * record certificates is the province's choice (since 2025 the police), not the procedure's.
 */
@ConfigurationProperties("motcua.competence")
record CompetenceSettings(Map<String, String> agencies) {

  CompetenceSettings {
    agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
  }
}
