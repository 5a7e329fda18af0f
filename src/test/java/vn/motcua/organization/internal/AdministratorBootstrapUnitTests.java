package vn.motcua.organization.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.security.Passwords;
import vn.motcua.security.internal.PasswordRules;

/** A weak {@code MOTCUA_ADMIN_PASSWORD} stops the start and creates nobody (the real policy). */
class AdministratorBootstrapUnitTests {

  private static final Passwords POLICY = new PasswordRules();

  @ParameterizedTest
  @ValueSource(strings = {"a", "demo", "12345678", "admin", "password1234", "admin.admin.2025"})
  void aWeakAdministratorPasswordStopsTheStartAndCreatesNobody(String password) {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    when(identity.createUserQuery().userId("admin").count()).thenReturn(0L);
    var bootstrap = new AdministratorBootstrap(identity, "admin", password, POLICY);

    assertThatThrownBy(() -> bootstrap.run(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MOTCUA_ADMIN_PASSWORD is refused")
        .hasMessageContaining("12 characters");
    verify(identity, never()).saveUser(any(User.class));
    verify(identity, never()).createMembership(any(), any());
  }

  @Test
  void aStrongAdministratorPasswordCreatesTheAdministrator() {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    when(identity.createUserQuery().userId("admin").count()).thenReturn(0L);
    when(identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count()).thenReturn(1L);
    User admin = mock(User.class);
    when(identity.newUser("admin")).thenReturn(admin);

    new AdministratorBootstrap(identity, "admin", "mây-trắng-bay-về-núi-9", POLICY).run(null);

    verify(admin).setPassword("mây-trắng-bay-về-núi-9");
    verify(identity).saveUser(admin);
    verify(identity).createMembership("admin", Groups.CAMUNDA_ADMIN);
  }
}
