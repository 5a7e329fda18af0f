package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * Demo time-travel under the demo profile: an administrator moves the engine clock forward, by a
 * duration or to an instant; anyone else is refused, and bad or backward moves are problems. (That
 * the endpoint is absent under the {@code postgres} profile is checked by the cluster test, whose
 * second node runs that profile.)
 */
@IntegrationTest
class DemoClockIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired EngineClock clock;

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  void anAdministratorAdvancesTheClockAndTheClockKeepsRunning() {
    Instant before = clock.instant();
    ResponseEntity<Map<String, Object>> moved = move("admin", Map.of("advance", "P2DT3H"));
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    Instant now = Instant.parse((String) moved.getBody().get("now"));
    assertThat(Duration.between(before, now)).isBetween(Duration.ofHours(51), Duration.ofHours(52));
    assertThat(Duration.between(now, clock.instant()))
        .isBetween(Duration.ZERO, Duration.ofMinutes(1));
  }

  @Test
  void anAdministratorMovesTheClockToAnInstantInVietnamTime() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 23, 8, 0));
    ResponseEntity<Map<String, Object>> moved = move("admin", Map.of("to", "2026-11-30T09:00"));
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Duration.between(Instant.parse("2026-11-30T02:00:00Z"), clock.instant()))
        .isBetween(Duration.ZERO, Duration.ofMinutes(1));
  }

  @Test
  void onlyAnAdministratorMovesTheClockAndOnlyForward() {
    assertThat(move("tiepnhan.anbinh", Map.of("advance", "P1D")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> both =
        move("admin", Map.of("advance", "P1D", "to", "2030-01-01T00:00"));
    assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(both.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat((String) both.getBody().get("detail")).contains("advance");
    assertThat(move("admin", Map.of("advance", "P1M")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(move("admin", Map.of("advance", "soon")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(move("admin", Map.of("advance", "-PT1H")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> back = move("admin", Map.of("to", "2020-01-01T00:00"));
    assertThat(back.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) back.getBody().get("detail")).contains("tiến");
  }

  private ResponseEntity<Map<String, Object>> move(String user, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "vi");
    return http.withBasicAuth(user, PASSWORD)
        .exchange("/api/demo/clock", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
  }
}
