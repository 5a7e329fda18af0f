package vn.motcua.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * The Tasklist filters "Sắp đến hạn" and "Quá hạn" as a civil servant sees them while the engine
 * clock passes a step's SOON_DUE instant (its follow-up date) and its due date, sorted by due date,
 * and only for the official's own groups.
 */
@IntegrationTest
class TasklistFiltersIntegrationTests {

  @Autowired TestRestTemplate http;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired ApplicationContext context;
  @Autowired TaskService tasks;

  @AfterEach
  void resetClock() {
    identity.clearAuthentication();
    DemoData.resetClock();
  }

  @Test
  void soonDueThenOverdueForTheStepsUnitOnly() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    String code = receive();
    assertThat(codes("tiepnhan.anbinh", "Việc của đơn vị")).contains(code);
    assertThat(codes("tiepnhan.anbinh", "Sắp đến hạn")).doesNotContain(code);

    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 50)); // reception is due at 09:00
    assertThat(codes("tiepnhan.anbinh", "Sắp đến hạn")).contains(code);
    assertThat(codes("tiepnhan.anbinh", "Quá hạn")).doesNotContain(code);
    assertThat(codes("hotich.anbinh", "Sắp đến hạn")).doesNotContain(code);

    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 10));
    assertThat(codes("tiepnhan.anbinh", "Sắp đến hạn")).doesNotContain(code);
    assertThat(codes("tiepnhan.anbinh", "Quá hạn")).contains(code);
    assertThat(codes("tiepnhan.hoaphu", "Quá hạn")).doesNotContain(code);
    List<Task> overdue = list("tiepnhan.anbinh", "Quá hạn");
    assertThat(overdue).extracting(Task::getDueDate).isSortedAccordingTo(Comparator.naturalOrder());
  }

  @Test
  @SuppressWarnings("unchecked")
  void filtersOfAnOlderVersionGetTheApplicantColumnAtStartup() throws Exception {
    String code = receive();
    Task step = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(tasks.getVariableLocal(step.getId(), "dossierCode")).isEqualTo(code);
    tasks.removeVariableLocal(step.getId(), "dossierCode"); // a step opened before the upgrade
    Filter mine = filters.createFilterQuery().filterName("Việc của tôi").singleResult();
    Map<String, Object> older = new LinkedHashMap<>(mine.getProperties());
    older.put("variables", List.of(Map.of("name", "dossierCode", "label", "Mã hồ sơ")));
    filters.saveFilter(mine.setProperties(older));

    context.getBean("tasklistFilters", ApplicationRunner.class).run(null);

    Filter upgraded = filters.getFilter(mine.getId());
    assertThat((List<Map<String, Object>>) upgraded.getProperties().get("variables"))
        .extracting(v -> v.get("name") + "=" + v.get("label"))
        .containsExactly("dossierCode=Mã hồ sơ", "applicantName=Người nộp");
    assertThat(upgraded.getProperties())
        .containsEntry("description", older.get("description"))
        .containsEntry("priority", older.get("priority"));
    assertThat(filters.createFilterQuery().filterName("Việc của tôi").count()).isOne();
    assertThat(tasks.getVariableLocal(step.getId(), "dossierCode")).isEqualTo(code);
  }

  private String receive() {
    var created =
        http.withBasicAuth("tiepnhan.anbinh", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(AN_BINH)),
                new ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }

  private List<Task> list(String user, String filterName) {
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      String id = filters.createFilterQuery().filterName(filterName).singleResult().getId();
      return filters.list(id);
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<String> codes(String user, String filterName) {
    return list(user, filterName).stream()
        .map(
            task ->
                runtime
                    .createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .singleResult()
                    .getBusinessKey())
        .toList();
  }
}
