package vn.motcua.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;

/**
 * The runtime guard: expressions evaluated by the guarded expression manager (as stored filters and
 * old deployments are) cannot reach classes, runtimes or reflection, while variables and Spring
 * beans still resolve.
 */
class GuardedExpressionManagerUnitTests {

  private final GuardedExpressionManager manager;
  private final StaticApplicationContext context = new StaticApplicationContext();

  GuardedExpressionManagerUnitTests() {
    context.registerSingleton("greeter", Greeter.class);
    context.refresh();
    manager = new GuardedExpressionManager(context, null);
  }

  /** A published bean. */
  public static class Greeter {
    public String hello(String name) {
      return "xin chào " + name;
    }
  }

  @Test
  void variablesAndBeansStillResolve() {
    assertThat(evaluate("${greeter.hello(name)}", Map.of("name", "An"))).isEqualTo("xin chào An");
    assertThat(evaluate("${items[1]}", Map.of("items", java.util.List.of("a", "b"))))
        .isEqualTo("b");
  }

  @Test
  void theExploitIsRefusedAndNothingRuns() throws Exception {
    Path marker = Files.createTempDirectory("guard").resolve("pwned");
    String exploit =
        "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
            + ".exec('touch "
            + marker
            + "')}";
    assertThatThrownBy(() -> evaluate(exploit, Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("expression refused");
    Thread.sleep(200); // a spawned touch would have finished by now
    assertThat(marker).doesNotExist();
  }

  @Test
  void classMembersAndDangerousTypesAreRefused() {
    for (String expression :
        new String[] {
          "${''['cla'.concat('ss')]}",
          "${x.class}",
          "${type.name}",
          "${type.getName()}",
          "${loader.parent}",
          "${thread.name}",
          "${spring.getBean('greeter')}"
        }) {
      assertThatThrownBy(
              () ->
                  evaluate(
                      expression,
                      Map.of(
                          "x",
                          "s",
                          "type",
                          Runtime.class,
                          "loader",
                          getClass().getClassLoader(),
                          "thread",
                          Thread.currentThread(),
                          "spring",
                          context)))
          .as(expression)
          .hasMessageContaining("expression refused");
    }
  }

  private Object evaluate(String expression, Map<String, Object> variables) {
    ELContext context = manager.createElContext(Variables.fromMap(variables).asVariableContext());
    return manager.createValueExpression(expression).getValue(context);
  }
}
