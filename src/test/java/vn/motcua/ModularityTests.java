package vn.motcua;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The capability modules respect their boundaries; writes their documentation to
 * target/spring-modulith-docs.
 */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(MotCuaApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeDocumentation();
  }
}
