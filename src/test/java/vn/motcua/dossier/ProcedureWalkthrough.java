package vn.motcua.dossier;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * What every procedure walk-through shares: the engine services, a {@link DossierDriver}, and the
 * engine clock on Monday 23 November 2026, 09:00 (Vietnam), reset after each test.
 */
@IntegrationTest
abstract class ProcedureWalkthrough {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;

  DossierDriver driver;

  @BeforeEach
  void mondayMorning() {
    BpmnAwareTests.init(engine);
    driver = new DossierDriver(http, tasks, forms, identity);
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  }

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }
}
