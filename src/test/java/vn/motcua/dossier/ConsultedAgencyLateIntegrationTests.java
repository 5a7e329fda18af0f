package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.dossier.DossierDriver.at;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import vn.motcua.DemoData;

/**
 * A consulted agency that runs late (Decree 118/2025/NĐ-CP Art. 19(4)(c)): the tax office's
 * assessment in a first land-use certificate that An Bình resolves passes its budget; the dossier's
 * history says so and the leaders of An Bình and of the tax office are told, once, however often
 * the ladder's timers run afterwards.
 */
class ConsultedAgencyLateIntegrationTests extends ProcedureWalkthrough {

  private static final String LAND_OFFICE = "000.00.10.H99";
  private static final String TAX_OFFICE = "000.00.11.H99";
  private static final String RECEPTION = "tiepnhan.anbinh";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired ManagementService management;

  @Test
  @SuppressWarnings("unchecked")
  void theTaxOfficeRunningLateIsRecordedAndItsAndTheLeadAgencysLeadersAreToldOnce() {
    DemoData.setClock(LocalDateTime.of(2026, 10, 5, 9, 0));
    String code = driver.receiveCode(RECEPTION, LandUseCertificateFirstIntegrationTests.dossier());
    DemoData.setClock(LocalDateTime.of(2026, 10, 5, 9, 30));
    driver.work(
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    DemoData.setClock(LocalDateTime.of(2026, 10, 6, 10, 0));
    driver.work(
        "hotich.anbinh",
        code,
        "Task_CommuneConfirmation",
        LandUseCertificateFirstIntegrationTests.confirmation());
    DemoData.setClock(LocalDateTime.of(2026, 10, 21, 10, 0)); // the posting ends
    runDueJobs(code);
    driver.assertOpenStep(
        RECEPTION, code, "Task_Eligibility", LAND_OFFICE + ":specialist", at(2026, 11, 4, 10, 0));
    DemoData.setClock(LocalDateTime.of(2026, 10, 22, 10, 0));
    driver.work(
        "chuyenvien.datdai",
        code,
        "Task_Eligibility",
        Map.of(
            "eligibilityResult",
            "ELIGIBLE",
            "noPostingObjection",
            true,
            "cadastralMapChecked",
            true,
            "cadastralTransferNumber",
            "PCTT-2026-0457",
            "eligibilityOpinion",
            "Đất sử dụng ổn định, không tranh chấp."));
    // the tax office's P5D: due Thursday 29 October 10:00
    driver.assertOpenStep(
        RECEPTION, code, "Task_TaxAssessment", TAX_OFFICE + ":specialist", at(2026, 10, 29, 10, 0));

    // a minute before its due date nothing is said
    DemoData.setClock(LocalDateTime.of(2026, 10, 29, 9, 59));
    runDueJobs(code);
    assertThat(lateEntries(code)).isEmpty();
    assertThat(lateNotices("lanhdao.thue", code)).isEmpty();

    // at the due date the step is overdue: the history and the two leaders' notices
    DemoData.setClock(LocalDateTime.of(2026, 10, 29, 10, 0));
    runDueJobs(code);
    assertThat(lateEntries(code))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e)
                  .containsEntry("at", at(2026, 10, 29, 10, 0))
                  .containsEntry("actor", "system");
              assertThat(String.valueOf(e.get("detail")))
                  .contains(TAX_OFFICE, AN_BINH, "Task_TaxAssessment", "2400");
            });
    assertThat(lateNotices("lanhdao.thue", code))
        .singleElement()
        .satisfies(
            n ->
                assertThat(String.valueOf(n.get("body")))
                    .contains("Điều 19 khoản 4 điểm c", "UBND xã An Bình", "2400"));
    assertThat(lateNotices("chutich.anbinh", code)).hasSize(1);
    // nobody else's leaders: the land office took part but is not late
    assertThat(lateNotices("lanhdao.datdai", code)).isEmpty();

    // the later rungs (unit head, supervisor) fire, twice over: still once
    DemoData.setClock(LocalDateTime.of(2026, 11, 3, 10, 0));
    runDueJobs(code);
    runDueJobs(code);
    assertThat(lateEntries(code)).hasSize(1);
    assertThat(lateNotices("lanhdao.thue", code)).hasSize(1);
    assertThat(lateNotices("chutich.anbinh", code)).hasSize(1);
  }

  /** Runs every job of the dossier the engine clock has made due, as the job executor would. */
  private void runDueJobs(String code) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
    for (Job job :
        management.createJobQuery().processInstanceId(instance).executable().active().list()) {
      management.executeJob(job.getId());
    }
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> lateEntries(String code) {
    return ((List<Map<String, Object>>) driver.dossier(RECEPTION, code).get("history"))
        .stream().filter(e -> "CONSULTED_AGENCY_LATE".equals(e.get("kind"))).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> lateNotices(String official, String code) {
    List<Map<String, Object>> items =
        (List<Map<String, Object>>)
            http.withBasicAuth(official, PASSWORD)
                .exchange("/api/notifications", HttpMethod.GET, null, JSON)
                .getBody()
                .get("items");
    return items.stream()
        .filter(n -> code.equals(n.get("dossierCode")))
        .filter(n -> String.valueOf(n.get("subject")).startsWith("Cơ quan phối hợp quá hạn"))
        .toList();
  }
}
