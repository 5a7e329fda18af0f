package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/** An agency with its own office hours gets deadlines counted in them. */
@IntegrationTest
class AgencyOfficeHoursIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired AgencyCalendars calendars;

  @BeforeEach
  void hoaPhuKeepsSummerHours() {
    jdbc.sql("update agency set office_hours = '07:00-11:00,13:30-17:30' where code = ?")
        .param(HOA_PHU)
        .update();
    calendars.forget(HOA_PHU); // as a node does by itself within a minute
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 10, 30));
  }

  @AfterEach
  void backToProvinceHours() {
    jdbc.sql("update agency set office_hours = null where code = ?").param(HOA_PHU).update();
    calendars.forget(HOA_PHU);
    DemoData.resetClock();
  }

  @Test
  @SuppressWarnings("unchecked")
  void legalDueAndStepDueFollowTheAgencysOfficeHours() {
    Map<String, Object> receipt =
        http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(HOA_PHU)),
                JSON)
            .getBody();
    // closes at 17:30 instead of 17:00
    assertThat(receipt).containsEntry("dueAt", "2026-11-23T10:30:00Z");

    Map<String, Object> dossier =
        http.withBasicAuth("tiepnhan.hoaphu", PASSWORD)
            .exchange("/api/dossiers/" + receipt.get("code"), HttpMethod.GET, null, JSON)
            .getBody();
    // one working hour from 10:30: 30 minutes until 11:00, 30 more from 13:30
    assertThat((List<Map<String, Object>>) dossier.get("openSteps"))
        .singleElement()
        .satisfies(step -> assertThat(step).containsEntry("dueAt", "2026-11-23T07:00:00Z"));
  }
}
