package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The real {@code application.yaml} under each profile, with only the audit keys' beans: the {@code
 * postgres} profile alone has no key and the application refuses to start, naming the variable to
 * set; the demo profile (alone, or with {@code postgres} as the tests and the bench run it) starts
 * with its demo keys.
 */
class AuditKeysConfigurationUnitTests {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(AuditSettings.class)
  @Import({AuditSeal.class, HeadSigner.class})
  static class Keys {}

  private static ApplicationContextRunner under(String... profiles) {
    return new ApplicationContextRunner()
        .withInitializer(context -> context.getEnvironment().setActiveProfiles(profiles))
        .withInitializer(new ConfigDataApplicationContextInitializer())
        .withUserConfiguration(Keys.class);
  }

  @Test
  void thePostgresProfileWithoutKeysRefusesToStartAndSaysWhatToSet() {
    under("postgres")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("MOTCUA_AUDIT_KEY"));
  }

  @Test
  void theDemoProfileStartsWithItsDemoKeys() {
    under("demo")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(AuditSeal.class).currentKey()).isEqualTo("k1");
            });
    under("postgres", "demo").run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void thePostgresProfileStartsWithKeysFromTheEnvironment() {
    under("postgres")
        .withPropertyValues(
            "MOTCUA_AUDIT_KEY=" + AuditKeys.K1,
            "MOTCUA_AUDIT_SIGNING_KEY=" + AuditKeys.PRIVATE,
            "MOTCUA_AUDIT_PUBLIC_KEY=" + AuditKeys.PUBLIC)
        .run(context -> assertThat(context).hasNotFailed());
  }
}
