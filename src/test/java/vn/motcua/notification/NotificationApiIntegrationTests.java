package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/** {@code /api/notifications}: each official sees and marks read only their own notifications. */
@IntegrationTest
class NotificationApiIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void emptyOutbox() {
    jdbc.sql("delete from notification").update();
  }

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  void listsOnlyTheCallersNotificationsNewestFirstWithTheUnreadCount() {
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 9, 0));
    notifications.send("api-1", List.of("hotich.anbinh"), "Cũ", "Nội dung 1", "HS-1");
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 10, 0));
    notifications.send(
        "api-2", List.of("hotich.anbinh", "tiepnhan.anbinh"), "Mới", "Nội dung 2", null);

    ResponseEntity<Map<String, Object>> inbox = inbox("hotich.anbinh");

    assertThat(inbox.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(inbox.getBody()).containsEntry("unread", 2);
    assertThat(items(inbox)).extracting(item -> item.get("subject")).containsExactly("Mới", "Cũ");
    assertThat(items(inbox).get(1))
        .containsEntry("dossierCode", "HS-1")
        .containsEntry("body", "Nội dung 1")
        .containsKey("createdAt")
        .doesNotContainKey("readAt");
    assertThat(items(inbox("tiepnhan.anbinh")))
        .extracting(item -> item.get("subject"))
        .containsExactly("Mới");
  }

  @Test
  void marksTheCallersOwnNotificationRead() {
    notifications.send("read-1", List.of("hotich.anbinh"), "Đọc", "Nội dung", null);
    Number id = (Number) items(inbox("hotich.anbinh")).get(0).get("id");

    assertThat(read("hotich.anbinh", id, "vi").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(read("hotich.anbinh", id, "vi").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> inbox = inbox("hotich.anbinh");
    assertThat(inbox.getBody()).containsEntry("unread", 0);
    assertThat(items(inbox).get(0)).containsKey("readAt");
  }

  @Test
  void anotherOfficialsNotificationIsNotFound() {
    notifications.send("read-2", List.of("tiepnhan.anbinh"), "Của người khác", "Nội dung", null);
    Number id = (Number) items(inbox("tiepnhan.anbinh")).get(0).get("id");

    ResponseEntity<Map<String, Object>> vi = read("hotich.anbinh", id, "vi");
    assertThat(vi.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            vi.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(vi.getBody())
        .containsEntry("title", "Không tìm thấy thông báo")
        .containsEntry("detail", "Bạn không có thông báo nào với mã " + id + ".")
        .containsEntry("status", 404);
    assertThat(read("hotich.anbinh", id, "en").getBody())
        .containsEntry("title", "Notification not found");
    assertThat(read("hotich.anbinh", 987654321L, "vi").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(inbox("tiepnhan.anbinh").getBody()).containsEntry("unread", 1);
  }

  @Test
  void theInboxNeedsASignedInUser() {
    assertThat(http.getForEntity("/api/notifications", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<Map<String, Object>> inbox(String user) {
    return http.withBasicAuth(user, PASSWORD)
        .exchange("/api/notifications", HttpMethod.GET, null, JSON);
  }

  private ResponseEntity<Map<String, Object>> read(String user, Number id, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.withBasicAuth(user, PASSWORD)
        .exchange(
            "/api/notifications/" + id + "/read", HttpMethod.POST, new HttpEntity<>(headers), JSON);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(ResponseEntity<Map<String, Object>> inbox) {
    return (List<Map<String, Object>>) inbox.getBody().get("items");
  }
}
