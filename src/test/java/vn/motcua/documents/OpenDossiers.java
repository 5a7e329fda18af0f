package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.PASSWORD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.motcua.DemoData;

/**
 * Birth registrations a paper test receives through the dossier API, each remembered with its
 * officer so that {@link #withdrawWhatIsStillOpen} leaves no open step behind.
 */
final class OpenDossiers {

  static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  private final TestRestTemplate http;
  private final List<String[]> received = new ArrayList<>();

  OpenDossiers(TestRestTemplate http) {
    this.http = http;
  }

  /** A birth registration received at {@code agency}'s desk by {@code officer}; its code. */
  String receive(String agency, String officer) {
    ResponseEntity<Map<String, Object>> created =
        http.withBasicAuth(officer, PASSWORD)
            .exchange(
                "/api/dossiers",
                HttpMethod.POST,
                new HttpEntity<>(DemoData.birthRegistration(agency)),
                JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return remember((String) created.getBody().get("code"), officer);
  }

  /** Remembers a dossier received otherwise (at the reception desk). */
  String remember(String code, String officer) {
    received.add(new String[] {code, officer});
    return code;
  }

  /** Withdraws every remembered dossier still received or in progress. */
  void withdrawWhatIsStillOpen() {
    for (String[] dossier : received) {
      Map<String, Object> body =
          http.withBasicAuth(dossier[1], PASSWORD)
              .exchange("/api/dossiers/" + dossier[0], HttpMethod.GET, null, JSON)
              .getBody();
      if (List.of("RECEIVED", "IN_PROGRESS").contains(body.get("status"))) {
        http.withBasicAuth(dossier[1], PASSWORD)
            .exchange(
                "/api/dossiers/" + dossier[0] + "/withdrawal",
                HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "Kết thúc dữ liệu kiểm thử")),
                JSON);
      }
    }
  }
}
