package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.Officials;

/**
 * Three business household registrations at UBND xã Tân Lập whose steps take known working times
 * (office hours 07:30-11:30 and 13:00-17:00), driven through the real engine with the clock moved
 * forward only. From a Tuesday: each is received at 09:00 and accepted at once (0 minutes; budget 2
 * h), appraised at 08:00 the next working day (420 minutes; budget 8 h: 88 %, amber), issued at
 * once (0; budget 8 h) and its result returned after 30, 240 and 480 working minutes (budget 2 h:
 * median 4 h, 200 %, red; 90th percentile 432 minutes = 7.2 h).
 */
final class TimedDossiers {

  static final String TAN_LAP = "000.00.03.H99";
  static final String PROCEDURE = "business-household-registration";

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  private final ProcessEngine engine;
  private final TestRestTemplate http;
  private final List<String> codes = new ArrayList<>();

  TimedDossiers(ProcessEngine engine, TestRestTemplate http) {
    this.engine = engine;
    this.http = http;
  }

  /** Drives the three dossiers through the week from {@code tuesday} to the Monday after. */
  List<String> driveFrom(LocalDate tuesday) {
    String first = receive(at(tuesday, 9, 0));
    decide(first, at(tuesday.plusDays(1), 8, 0));
    returnResult(first, at(tuesday.plusDays(1), 8, 30)); // 30 min
    String second = receive(at(tuesday.plusDays(1), 9, 0));
    decide(second, at(tuesday.plusDays(2), 8, 0));
    String third = receive(at(tuesday.plusDays(2), 9, 0));
    returnResult(second, at(tuesday.plusDays(2), 13, 30)); // 210 + 30 = 240 min
    decide(third, at(tuesday.plusDays(3), 8, 0));
    returnResult(third, at(tuesday.plusDays(6), 8, 0)); // Friday 450 + Monday 30 = 480 min
    return List.copyOf(codes);
  }

  /** Ends whatever of the dossiers is still running and resets the clock. */
  void end() {
    for (String code : codes) {
      engine
          .getRuntimeService()
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(code)
          .list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
    }
    DemoData.resetClock();
  }

  private String receive(LocalDateTime at) {
    DemoData.setClock(at);
    Map<String, Object> body =
        Map.of(
            "procedure",
            PROCEDURE,
            "agency",
            TAN_LAP,
            "channel",
            "COUNTER",
            "applicant",
            Map.of("fullName", "Lò Văn Sáng", "idNumber", "001090067890"),
            "data",
            Map.of("householdName", "Hộ kinh doanh Sáng Tân Lập", "capital", 50000000));
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth("tiepnhan.tanlap", PASSWORD)
            .exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = (String) created.getBody().get("code");
    codes.add(code);
    Officials.work(
        engine, "tiepnhan.tanlap", code, "Task_Reception", Map.of("receptionDecision", "ACCEPT"));
    return code;
  }

  private void decide(String code, LocalDateTime at) {
    DemoData.setClock(at);
    Officials.work(
        engine,
        "hotich.tanlap",
        code,
        "Task_Appraisal",
        Map.of("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Hợp lệ"));
    Officials.work(
        engine, "chutich.tanlap", code, "Task_IssueCertificate", Map.of("issueDecision", "ISSUE"));
  }

  private void returnResult(String code, LocalDateTime at) {
    DemoData.setClock(at);
    Officials.work(
        engine, "tiepnhan.tanlap", code, "Task_ResultReturn", Map.of("returnMethod", "COUNTER"));
  }

  private static LocalDateTime at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute));
  }
}
