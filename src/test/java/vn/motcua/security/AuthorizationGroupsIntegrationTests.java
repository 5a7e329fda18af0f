package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.IntegrationTest;

/**
 * Authorized engine commands take the user's few groups as they are, without reading every group of
 * the authorization table; a group without authorizations still grants nothing (the access matrices
 * check what each role may see). And the indexes the engine lacks exist.
 */
@IntegrationTest
class AuthorizationGroupsIntegrationTests {

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  @Test
  void aUsersFewGroupsPassUnfilteredManyAreFiltered() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<List<String>> filtered =
        configuration
            .getCommandExecutorTxRequired()
            .execute(
                context -> {
                  AuthorizationManager manager = context.getAuthorizationManager();
                  List<String> many =
                      java.util.stream.IntStream.range(0, 40).mapToObj(i -> "none-" + i).toList();
                  return List.of(
                      manager.filterAuthenticatedGroupIds(
                          List.of("000.00.01.H99:reception", "no-authorizations")),
                      manager.filterAuthenticatedGroupIds(many));
                });
    assertThat(filtered.get(0)).containsExactly("000.00.01.H99:reception", "no-authorizations");
    assertThat(filtered.get(1)).isEmpty(); // above the threshold, Camunda's filter applies
  }

  @Test
  void theIndexesTheEngineLacksExist() {
    assertThat(
            jdbc.sql(
                    "select indexname from pg_indexes where indexname in"
                        + " ('motcua_idx_task_parent', 'motcua_idx_job_type_due')")
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("motcua_idx_task_parent", "motcua_idx_job_type_due");
  }
}
