package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.HOA_PHU;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.dossier.DossierDriver.at;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;

/**
 * Province-wide reception (Decree 118/2025/NĐ-CP Art. 18–20, 28): a desk receives a dossier another
 * agency resolves; the dossier carries the resolving agency's code, is transferred (electronic data
 * at once, paper on a timer), processed on the resolving agency's ladder and returned at the desk
 * that received it; each agency's working minutes are measured.
 */
class ProvinceWideReceptionIntegrationTests extends ProcedureWalkthrough {

  private static final String POLICE = "000.00.12.H99";
  private static final String AN_BINH_DESK = "tiepnhan.anbinh";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired ManagementService management;

  @Test
  @SuppressWarnings("unchecked")
  void judicialRecordReceivedAtAnBinhIsResolvedByThePoliceAndReturnedAtAnBinh() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 16, 0)); // Monday, after 15:00
    String code =
        driver.receiveCode(
            AN_BINH_DESK,
            DossierDriver.counterDossier(
                "judicial-record-certificate",
                AN_BINH,
                Map.of("certificateType", "FORM_1", "purpose", "Bổ sung hồ sơ xin việc")));

    // Art. 28: the code of the competent (resolving) agency; the desk is recorded as receiving
    assertThat(code).matches("000\\.00\\.12\\.H99-261123-\\d{4,}");
    Map<String, Object> received = driver.dossier(AN_BINH_DESK, code);
    assertThat(received)
        .containsEntry("receivingAgency", AN_BINH)
        .containsEntry("resolvingAgency", POLICE)
        .containsEntry("receivedBy", AN_BINH_DESK)
        // ten working days on the police's calendar from Monday 16:00
        .containsEntry("dueAt", at(2026, 12, 7, 16, 0));
    assertThat((Map<String, Object>) received.get("transfer"))
        .containsEntry("from", AN_BINH)
        .containsEntry("to", POLICE)
        .containsEntry("electronicAt", at(2026, 11, 23, 16, 0))
        // received after 15:00: the paper goes by the end of the next working morning
        .containsEntry("paperDueAt", at(2026, 11, 24, 11, 30))
        .containsEntry("late", false)
        .doesNotContainKey("paperTransferredAt");
    // both agencies read it
    assertThat(driver.readStatus("chuyenvien.congan", code)).isEqualTo(HttpStatus.OK);
    assertThat(driver.readStatus("hotich.hoaphu", code)).isEqualTo(HttpStatus.FORBIDDEN);

    // the reception step is the desk's
    driver.assertOpenStep(
        AN_BINH_DESK, code, "Task_Reception", AN_BINH + ":reception", at(2026, 11, 24, 10, 30));
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 16, 30));
    driver.work(
        AN_BINH_DESK,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "certificateType", "FORM_1"));
    // the police's ladder: its specialists, its budget on its calendar (P7D from Monday 16:30)
    driver.assertOpenStep(
        AN_BINH_DESK,
        code,
        "Task_RecordVerification",
        POLICE + ":specialist",
        at(2026, 12, 2, 16, 30));

    // the transfer slip, HTML and PDF
    ResponseEntity<String> slip =
        http.withBasicAuth(AN_BINH_DESK, PASSWORD)
            .getForEntity("/api/dossiers/" + code + "/papers/08?format=html", String.class);
    assertThat(slip.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(slip.getBody())
        .contains("Phiếu chuyển hồ sơ", code, "UBND xã An Bình", "Công an tỉnh Thử Nghiệm")
        .contains("11:30, ngày 24 tháng 11 năm 2026", "Chưa chuyển");
    ResponseEntity<byte[]> pdf =
        http.withBasicAuth(AN_BINH_DESK, PASSWORD)
            .getForEntity("/api/dossiers/" + code + "/papers/08?format=pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");

    // the paper transfer timer: due Tuesday 11:30, not before
    Job timer = transferTimer(code);
    assertThat(timer.getDuedate().toInstant()).hasToString(at(2026, 11, 24, 11, 30));
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 11, 29));
    assertThat(management.createJobQuery().jobId(timer.getId()).executable().count()).isZero();
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 11, 30));
    management.executeJob(timer.getId());
    Map<String, Object> late = driver.dossier(AN_BINH_DESK, code);
    assertThat((Map<String, Object>) late.get("transfer")).containsEntry("late", true);
    assertThat((List<Map<String, Object>>) late.get("history"))
        .extracting(e -> e.get("kind"))
        .containsSubsequence("TRANSFERRED", "TRANSFER_LATE");
    assertThat(notices("vanphong.anbinh"))
        .anySatisfy(n -> assertThat(String.valueOf(n.get("subject"))).contains(code));

    // only the receiving desk's reception marks the paper transferred, once
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 13, 0));
    assertThat(transfer("tiepnhan.congan", code).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> marked = transfer(AN_BINH_DESK, code);
    assertThat(marked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) marked.getBody().get("transfer"))
        .containsEntry("paperTransferredAt", at(2026, 11, 24, 13, 0))
        .containsEntry("late", true);
    assertThat(transfer(AN_BINH_DESK, code).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(
            http.withBasicAuth(AN_BINH_DESK, PASSWORD)
                .getForEntity("/api/dossiers/" + code + "/papers/08?format=html", String.class)
                .getBody())
        .contains("13:00, ngày 24 tháng 11 năm 2026");

    // the police verify and approve
    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 9, 0));
    driver.work(
        "chuyenvien.congan",
        code,
        "Task_RecordVerification",
        Map.of("recordCheckResult", "NO_CONVICTION", "verificationNote", "Không có án tích."));
    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 10, 0));
    driver.work("lanhdao.congan", code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));

    // the result is returned at An Bình's desk
    driver.assertOpenStep(
        AN_BINH_DESK, code, "Task_ResultReturn", AN_BINH + ":reception", at(2026, 11, 25, 15, 30));
    DemoData.setClock(LocalDateTime.of(2026, 11, 25, 10, 30));
    driver.work(
        AN_BINH_DESK,
        code,
        "Task_ResultReturn",
        Map.of("returnMethod", "COUNTER", "resultDigitised", true));

    Map<String, Object> done = driver.dossier("tiepnhan.congan", code);
    assertThat(done).containsEntry("status", "RETURNED");
    // An Bình: reception 16:00–16:30 (30) + return 10:00–10:30 (30); the police: verification
    // Monday 16:30–17:00 (30) + Tuesday (480) + Wednesday 07:30–09:00 (90) = 600, approval 60
    assertThat((List<Map<String, Object>>) done.get("agencies"))
        .containsExactly(
            Map.of("agency", AN_BINH, "part", "RECEIVING", "steps", 2, "workingMinutes", 60),
            Map.of("agency", POLICE, "part", "RESOLVING", "steps", 2, "workingMinutes", 660));
  }

  @Test
  void eachAgencysShareOfTheTimeIsReportedByAgency() {
    // a Monday no other run uses (the test database outlives a run), so the two days of the period
    // hold this dossier's steps only: in March, June, October or November (no public holiday),
    // of a year from 2040 to 2099
    java.util.Random random = new java.util.Random();
    LocalDate monday =
        LocalDate.of(2040 + random.nextInt(60), List.of(3, 6, 10, 11).get(random.nextInt(4)), 1)
            .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.MONDAY))
            .plusWeeks(random.nextInt(3));
    LocalDate tuesday = monday.plusDays(1);
    DemoData.setClock(monday.atTime(9, 0));
    String code =
        driver.receiveCode(
            AN_BINH_DESK,
            DossierDriver.counterDossier(
                "judicial-record-certificate",
                AN_BINH,
                Map.of("certificateType", "FORM_1", "purpose", "Bổ sung hồ sơ xin việc")));
    DemoData.setClock(monday.atTime(9, 30)); // An Bình: 30
    driver.work(
        AN_BINH_DESK,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "certificateType", "FORM_1"));
    DemoData.setClock(monday.atTime(14, 0)); // police: 09:30–11:30, 13:00–14:00 = 180
    driver.work(
        "chuyenvien.congan",
        code,
        "Task_RecordVerification",
        Map.of("recordCheckResult", "NO_CONVICTION", "verificationNote", "Không có án tích."));
    DemoData.setClock(tuesday.atTime(8, 30)); // police: 14:00–17:00, 07:30–08:30 = 240
    driver.work("lanhdao.congan", code, "Task_Approval", Map.of("approvalDecision", "APPROVE"));
    DemoData.setClock(tuesday.atTime(9, 0)); // An Bình: 30
    driver.work(
        AN_BINH_DESK,
        code,
        "Task_ResultReturn",
        Map.of("returnMethod", "COUNTER", "resultDigitised", true));

    String query =
        "/api/reports/delays?by=agency&from="
            + monday
            + "&to="
            + tuesday
            + "&procedure=judicial-record-certificate";
    ParameterizedTypeReference<List<Map<String, Object>>> rows =
        new ParameterizedTypeReference<>() {};
    List<Map<String, Object>> byAgency =
        http.withBasicAuth("thanhtra.tinh", PASSWORD)
            .exchange(query, HttpMethod.GET, null, rows)
            .getBody();
    // worst first: equal overruns (none), then the longer 90th percentile: the police first
    assertThat(byAgency)
        .extracting(
            r -> r.get("agency"),
            r -> r.get("agencyName"),
            r -> r.get("count"),
            r -> r.get("totalMinutes"),
            r -> r.get("medianMinutes"),
            r -> r.get("p90Minutes"),
            r -> r.get("overBudgetShare"),
            r -> r.get("totalOverrunMinutes"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                POLICE, "Công an tỉnh Thử Nghiệm", 2, 420, 210.0, 234.0, 0.0, 0),
            org.assertj.core.groups.Tuple.tuple(
                AN_BINH, "UBND xã An Bình", 2, 60, 30.0, 30.0, 0.0, 0));
    // the same scope rules: the police's leader reads the police's share only
    assertThat(
            http.withBasicAuth("lanhdao.congan", PASSWORD)
                .exchange(query, HttpMethod.GET, null, rows)
                .getBody())
        .extracting(r -> r.get("agency"), r -> r.get("totalMinutes"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(POLICE, 420));
    // and the same formats
    String csv =
        new String(
            http.withBasicAuth("thanhtra.tinh", PASSWORD)
                .getForObject(query + "&format=csv", byte[].class),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("Cơ quan", "Tổng thời gian giữ hồ sơ (giờ làm việc)", "Công an tỉnh Thử Nghiệm");
  }

  @Test
  @SuppressWarnings("unchecked")
  void birthAtHoaPhuForAnAnBinhResidentGetsAnBinhsCode() {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(HOA_PHU));
    body.put("commune", AN_BINH);
    String code = driver.receiveCode("tiepnhan.hoaphu", body);

    assertThat(code).matches("000\\.00\\.01\\.H99-261123-\\d{4,}");
    Map<String, Object> dossier = driver.dossier("tiepnhan.hoaphu", code);
    assertThat(dossier)
        .containsEntry("receivingAgency", HOA_PHU)
        .containsEntry("resolvingAgency", AN_BINH);
    // received at 09:00: the paper goes the same working day
    assertThat((Map<String, Object>) dossier.get("transfer"))
        .containsEntry("paperDueAt", at(2026, 11, 23, 17, 0));
    assertThat(((List<Map<String, Object>>) dossier.get("openSteps")).get(0))
        .containsEntry("candidateGroup", HOA_PHU + ":reception");
    assertThat(driver.readStatus("hotich.anbinh", code)).isEqualTo(HttpStatus.OK);

    // a dossier its own desk resolves has no transfer
    String own = driver.receiveCode("tiepnhan.anbinh", DemoData.birthRegistration(AN_BINH));
    assertThat(own).startsWith(AN_BINH + "-");
    assertThat(driver.dossier("tiepnhan.anbinh", own)).doesNotContainKey("transfer");
    assertThat(transfer("tiepnhan.anbinh", own).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDeskIsToldWhereADossierGoesBeforeReceivingIt() {
    ResponseEntity<Map<String, Object>> police =
        routing(AN_BINH_DESK, "judicial-record-certificate", AN_BINH, null);
    assertThat(police.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(police.getBody())
        .containsEntry("competence", "agency:judicial-records")
        .containsEntry("communeBased", false)
        .doesNotContainKey("commune")
        .containsEntry("communes", List.of());
    assertThat((Map<String, Object>) police.getBody().get("resolving"))
        .containsEntry("code", POLICE)
        .containsEntry("name", "Công an tỉnh Thử Nghiệm");

    Map<String, Object> birth =
        routing("tiepnhan.hoaphu", "birth-registration", HOA_PHU, AN_BINH).getBody();
    assertThat(birth)
        .containsEntry("competence", "commune-of-residence")
        .containsEntry("communeBased", true)
        .containsEntry("commune", AN_BINH);
    assertThat((List<Map<String, Object>>) birth.get("communes"))
        .extracting(c -> c.get("code"))
        .containsExactly(AN_BINH, HOA_PHU, "000.00.03.H99");
    assertThat((Map<String, Object>) birth.get("resolving")).containsEntry("code", AN_BINH);
    // the desk's own commune when none is named
    assertThat(routing("tiepnhan.hoaphu", "birth-registration", HOA_PHU, null).getBody())
        .containsEntry("commune", HOA_PHU);

    // only the desk's reception officers ask; unknown communes and procedures are problems
    assertThat(routing("hotich.hoaphu", "birth-registration", HOA_PHU, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(routing("tiepnhan.anbinh", "birth-registration", HOA_PHU, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> unknown =
        routing("tiepnhan.hoaphu", "birth-registration", HOA_PHU, "999.99.99.H99");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(unknown.getBody()).containsEntry("agency", "999.99.99.H99");
    assertThat(routing("tiepnhan.hoaphu", "no-such-procedure", HOA_PHU, null).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  private ResponseEntity<Map<String, Object>> routing(
      String official, String procedure, String agency, String commune) {
    return http.withBasicAuth(official, PASSWORD)
        .exchange(
            "/api/reception/routing?procedure="
                + procedure
                + "&agency="
                + agency
                + (commune == null ? "" : "&commune=" + commune),
            HttpMethod.GET,
            null,
            JSON);
  }

  @Test
  void anUnknownCommuneIsAProblem() {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(HOA_PHU));
    body.put("commune", "999.99.99.H99");
    ResponseEntity<Map<String, Object>> refused = driver.receive("tiepnhan.hoaphu", body);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody()).containsEntry("agency", "999.99.99.H99");
  }

  private Job transferTimer(String code) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("dossier-transfer")
            .variableValueEquals("dossierCode", code)
            .singleResult()
            .getId();
    return management.createJobQuery().processInstanceId(instance).singleResult();
  }

  private ResponseEntity<Map<String, Object>> transfer(String official, String code) {
    return http.withBasicAuth(official, PASSWORD)
        .exchange(
            "/api/dossiers/" + code + "/transfer",
            HttpMethod.POST,
            new HttpEntity<>(Map.of("note", "Giao qua bưu chính công ích")),
            JSON);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> notices(String official) {
    return (List<Map<String, Object>>)
        http.withBasicAuth(official, PASSWORD)
            .exchange("/api/notifications", HttpMethod.GET, null, JSON)
            .getBody()
            .get("items");
  }
}
