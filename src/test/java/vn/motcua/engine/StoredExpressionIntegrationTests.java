package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.DemoData.PASSWORD;

import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.IntegrationTest;

/**
 * Expressions stored outside deployments: a Tasklist filter may only hold Tasklist's own
 * expressions (checked at the engine, so REST and Java API alike, administrators included), and
 * whatever reaches the engine's expression manager cannot touch classes, while the product's own
 * filters and Spring beans keep working.
 */
@IntegrationTest
class StoredExpressionIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};
  private static final String EXPLOIT =
      "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
          + ".exec('touch /tmp/motcua-filter-pwned')}";

  @Autowired TestRestTemplate http;
  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;

  @Test
  void aFilterWithAMaliciousExpressionIsRefusedOverRest() {
    long before = filters.createFilterQuery().count();
    Map<String, Object> filter =
        Map.of(
            "resourceType", "Task",
            "name", "Bộ lọc độc",
            "query", Map.of("assigneeExpression", EXPLOIT));
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("admin", PASSWORD)
            .exchange(
                "/engine-rest/filter/create", HttpMethod.POST, new HttpEntity<>(filter), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) created.getBody().get("message")).contains("filter refused", "getClass");
    assertThat(filters.createFilterQuery().count()).isEqualTo(before);
  }

  @Test
  void aProductFilterCannotBeRewrittenWithAMaliciousExpression() {
    Filter mine = filters.createFilterQuery().filterName("Việc của tôi").singleResult();
    Map<String, String> expressions = expressions(mine.getId());
    Map<String, Object> update =
        Map.of(
            "resourceType", "Task",
            "name", "Việc của tôi",
            "query", Map.of("assigneeExpression", "${''['cla'.concat('ss')]}"));
    ResponseEntity<Map<String, Object>> updated =
        http.withBasicAuth("admin", PASSWORD)
            .exchange(
                "/engine-rest/filter/" + mine.getId(),
                HttpMethod.PUT,
                new HttpEntity<>(update),
                JSON);
    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(expressions(mine.getId())).isEqualTo(expressions).containsValue("${currentUser()}");
  }

  private Map<String, String> expressions(String filterId) {
    return Map.copyOf(filters.getFilter(filterId).<TaskQueryImpl>getQuery().getExpressions());
  }

  @Test
  void theJavaApiIsCheckedTooAndTasklistsOwnExpressionsPass() {
    Filter bad =
        filters
            .newTaskFilter("Bộ lọc độc")
            .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${dataSource.connection}"));
    assertThatThrownBy(() -> filters.saveFilter(bad)).isInstanceOf(BadUserRequestException.class);

    Filter good =
        filters
            .newTaskFilter("Hạn trong 2 ngày")
            .setQuery(
                tasks
                    .createTaskQuery()
                    .taskCandidateGroupInExpression("${currentUserGroups()}")
                    .dueBeforeExpression("${dateTime().plusDays(2).toDate()}"));
    filters.saveFilter(good);
    try {
      assertThat(filters.createFilterQuery().filterName("Hạn trong 2 ngày").count()).isOne();
      assertThat(filters.createFilterQuery().filterName("Bộ lọc độc").count()).isZero();
      assertThat(filters.createFilterQuery().list().stream().map(Filter::getName).toList())
          .contains("Việc của tôi", "Việc của đơn vị");
    } finally {
      filters.deleteFilter(good.getId());
    }
  }

  @Test
  void theEnginesExpressionManagerRefusesClassesAndStillResolvesBeans() {
    ExpressionManager manager =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getExpressionManager();
    JuelExpressionManager juel = (JuelExpressionManager) manager;
    var context = juel.createElContext(Variables.createVariables().asVariableContext());

    assertThat(juel.createValueExpression("${deadlines}").getValue(context)).isNotNull();
    assertThatThrownBy(() -> juel.createValueExpression(EXPLOIT).getValue(context))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("expression refused");
    assertThat(Path.of("/tmp/motcua-filter-pwned")).doesNotExist();
  }
}
