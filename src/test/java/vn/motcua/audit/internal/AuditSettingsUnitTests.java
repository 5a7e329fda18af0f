package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The rotation the README describes, done with environment variables only: the new key as {@code
 * MOTCUA_AUDIT_KEYS_K2}, made current with {@code MOTCUA_AUDIT_KEY_ID}, the old one kept.
 */
class AuditSettingsUnitTests {

  @Test
  void aKeyAddedThroughTheEnvironmentJoinsTheKeysAndBecomesCurrent() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                    "MOTCUA_AUDIT_KEY", AuditKeys.K1,
                    "MOTCUA_AUDIT_KEYS_K2", AuditKeys.K2,
                    "MOTCUA_AUDIT_KEY_ID", "k2")));
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                "application.yaml",
                Map.of(
                    // as in application.yaml
                    "motcua.audit.current-key",
                    "${MOTCUA_AUDIT_KEY_ID:k1}",
                    "motcua.audit.keys.k1",
                    "${MOTCUA_AUDIT_KEY:}",
                    "motcua.audit.signing.private-key",
                    AuditKeys.PRIVATE,
                    "motcua.audit.signing.public-key",
                    AuditKeys.PUBLIC)));

    AuditSettings settings =
        Binder.get(environment).bind("motcua.audit", AuditSettings.class).get();

    assertThat(settings.keys()).containsOnlyKeys("k1", "k2");
    assertThat(settings.currentKey()).isEqualTo("k2");
    assertThat(settings.heads().normalize()).isEqualTo(Path.of("data/audit-heads"));
    assertThat(settings.headEvery()).isEqualTo(Duration.ofHours(1));
    AuditSeal seal = new AuditSeal(settings);
    assertThat(seal.currentKey()).isEqualTo("k2");
    assertThat(List.of("k1", "k2")).allMatch(seal::knows);
  }
}
