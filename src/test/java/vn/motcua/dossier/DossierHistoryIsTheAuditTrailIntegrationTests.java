package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * The audit trail is the dossier's only record: {@code dossier_event} is a view, nothing writes a
 * copy, and the history the dossier API shows is the dossier's audit entries, one line per action,
 * in the order they were written.
 */
@IntegrationTest
class DossierHistoryIsTheAuditTrailIntegrationTests {

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;

  private DossierDriver driver;
  private String code;

  @BeforeEach
  void mondayMorning() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
    driver = new DossierDriver(http, tasks, forms, identity);
  }

  @AfterEach
  void endDossier() {
    if (code != null) {
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
          .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
    }
    DemoData.resetClock();
  }

  @Test
  void dossierEventIsAViewNotATable() {
    assertThat(
            jdbc.sql(
                    "select table_type from information_schema.tables"
                        + " where lower(table_name) = 'dossier_event'")
                .query(String.class)
                .list())
        .singleElement()
        .isEqualTo("VIEW");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theHistoryIsTheDossiersAuditEntriesOneLinePerAction() {
    code = driver.receiveCode("tiepnhan.anbinh", DemoData.birthRegistration(AN_BINH));
    DossierDriver.later(30);
    driver.act(
        "vanphong.anbinh",
        code,
        "extension",
        Map.of("reason", "Chờ xác minh", "newDueAt", "2026-11-30T10:00:00Z"));
    DossierDriver.later(30);
    driver.act("tiepnhan.anbinh", code, "withdrawal", Map.of("reason", "Công dân xin rút hồ sơ"));

    List<Map<String, Object>> history =
        (List<Map<String, Object>>) driver.dossier("tiepnhan.anbinh", code).get("history");
    List<Map<String, Object>> entries =
        jdbc.sql(
                "select at, action, actor, reason, detail from audit_entry"
                    + " where dossier_code = ? and subject_type = 'DOSSIER'"
                    + " and action not in ('PAUSED', 'RESUMED') order by id")
            .param(code)
            .query()
            .listOfRows();

    assertThat(history)
        .extracting(e -> e.get("kind"))
        .containsExactly("RECEIVED", "EXTENDED", "WITHDRAWN");
    assertThat(history)
        .extracting(e -> e.get("status"))
        .containsExactly("RECEIVED", "RECEIVED", "WITHDRAWN");
    assertThat(history).hasSameSizeAs(entries);
    for (int i = 0; i < history.size(); i++) {
      Map<String, Object> line = history.get(i);
      Map<String, Object> entry = entries.get(i);
      assertThat(Instant.parse((String) line.get("at")))
          .isEqualTo(((java.sql.Timestamp) entry.get("at")).toInstant());
      assertThat(line.get("actor")).isEqualTo(entry.get("actor"));
      assertThat(line.get("reason")).isEqualTo(entry.get("reason"));
      assertThat(line.get("detail")).isEqualTo(entry.get("detail"));
    }
    assertThat(history.get(1).get("actor")).isEqualTo("vanphong.anbinh");
    assertThat(history.get(2).get("reason")).isEqualTo("Công dân xin rút hồ sơ");
    assertThat(
            jdbc.sql("select count(*) from dossier_event_legacy where dossier_code = ?")
                .param(code)
                .query(Long.class)
                .single())
        .isZero();
  }

  /**
   * Rows written before the trail was the only record are read where the trail lacks them: older
   * than the dossier's first entry, or of a kind never audited before (the transfers, a consulted
   * agency's lateness); any other legacy row has its audit entry and is not shown twice.
   */
  @Test
  void legacyRowsShowOnlyWhereTheTrailLacksThem() {
    code = driver.receiveCode("tiepnhan.anbinh", DemoData.birthRegistration(AN_BINH));
    try {
      legacy("STATUS", "2026-11-23T01:00:00Z");
      legacy("EXTENDED", "2026-11-23T02:01:00Z");
      legacy("TRANSFER_LATE", "2026-11-23T02:02:00Z");
      assertThat(
              jdbc.sql("select kind from dossier_event where dossier_code = ? order by at, id")
                  .param(code)
                  .query(String.class)
                  .list())
          .containsExactly("STATUS", "RECEIVED", "TRANSFER_LATE");
    } finally {
      jdbc.sql("delete from dossier_event_legacy where dossier_code = ?").param(code).update();
    }
  }

  private void legacy(String kind, String at) {
    jdbc.sql(
            "insert into dossier_event_legacy (dossier_code, at, kind, status, actor)"
                + " values (?, ?, ?, 'RECEIVED', 'system')")
        .params(code, java.time.OffsetDateTime.parse(at), kind)
        .update();
  }
}
