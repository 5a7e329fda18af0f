package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.RawHttp.basic;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.RawHttp;

/**
 * Failed sign-ins are throttled per user and per client address, never locked for good: the finding
 * was that ten wrong passwords, spaced past Camunda's delay, locked an account until an
 * administrator unlocked it. Each test signs in from its own loopback address (127.0.0.x) and with
 * users made for it, so that the throttle never touches other tests; time moves with the engine
 * clock.
 */
@IntegrationTest
class SignInThrottleIntegrationTests {

  private static final String API = "/api/notifications";
  private static final String PASSWORD = "demo";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine engine;

  private Instant now = Instant.now();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void tenSpacedWrongPasswordsNeitherLockTheAccountNorStopTheRightPassword() {
    String user = newUser();
    RawHttp client = RawHttp.from(port, "127.0.0.21");
    for (int attempt = 1; attempt <= 10; attempt++) {
      move(Duration.ofSeconds(61)); // past Camunda's delay, as the attacker did
      assertThat(client.get(API, basic(user, "sai-" + attempt)).status())
          .as("wrong password %d", attempt)
          .isEqualTo(401);
    }
    assertThat(camundaUser(user).getAttempts()).isEqualTo(10);
    assertThat(
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getLoginMaxAttempts())
        .isEqualTo(Integer.MAX_VALUE);

    move(Duration.ofSeconds(61));
    assertThat(client.get(API, basic(user, PASSWORD)).status()).isEqualTo(200);
    assertThat(camundaUser(user).getAttempts()).isZero();
  }

  @Test
  void rapidWrongPasswordsForOneUserAreThrottledWithoutCheckingThePassword() {
    String user = newUser();
    setClock();
    RawHttp client = RawHttp.from(port, "127.0.0.22");
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(client.get(API, basic(user, "sai-" + attempt)).status()).isEqualTo(401);
    }
    RawHttp.Response throttled = client.get(API, basic(user, "sai-11"));
    assertThrottled(throttled, "Quá nhiều lần đăng nhập sai");
    // the right password is not even checked, from this client or another
    assertThrottled(client.get(API, basic(user, PASSWORD)), "Quá nhiều lần đăng nhập sai");
    assertThrottled(
        RawHttp.from(port, "127.0.0.25").get(API, basic(user, PASSWORD), "Accept-Language: en"),
        "Too many failed sign-ins");
    // other users from the same client are not held back by this user's failures
    assertThat(client.get(API, basic("tiepnhan.anbinh", DemoData.PASSWORD)).status())
        .isEqualTo(200);

    move(Duration.ofMinutes(16));
    assertThat(client.get(API, basic(user, PASSWORD)).status()).isEqualTo(200);
  }

  @Test
  void aClientFailingForManyUsersIsThrottledOnTheApiAndOnTheLoginPage() {
    setClock();
    RawHttp client = RawHttp.from(port, "127.0.0.23");
    for (int attempt = 1; attempt <= 30; attempt++) {
      assertThat(client.get(API, basic("nobody." + attempt + "." + suffix(), "x")).status())
          .isEqualTo(401);
    }
    assertThrottled(
        client.get(API, basic("tiepnhan.anbinh", DemoData.PASSWORD)),
        "Quá nhiều lần đăng nhập sai");
    assertThat(formLogin(client, "tiepnhan.anbinh", DemoData.PASSWORD))
        .contains("/login?throttled");
    assertThat(client.get("/login?throttled").body())
        .contains("Quá nhiều lần đăng nhập sai. Vui lòng thử lại sau ít phút.");
    // another client signs the same official in
    RawHttp other = RawHttp.from(port, "127.0.0.24");
    assertThat(other.get(API, basic("tiepnhan.anbinh", DemoData.PASSWORD)).status()).isEqualTo(200);

    move(Duration.ofMinutes(16));
    assertThat(client.get(API, basic("tiepnhan.anbinh", DemoData.PASSWORD)).status())
        .isEqualTo(200);
    assertThat(formLogin(client, "tiepnhan.anbinh", DemoData.PASSWORD))
        .doesNotContain("error", "throttled");
  }

  @Test
  void passwordsAreCheckedNowhereElseThanAtSignIn() {
    String user = newUser();
    RawHttp client = RawHttp.from(port, "127.0.0.26");
    RawHttp.Response verify =
        client.send(
            "POST",
            "/engine-rest/identity/verify",
            List.of(basic("tiepnhan.anbinh", DemoData.PASSWORD), "Content-Type: application/json"),
            "{\"username\":\"" + user + "\",\"password\":\"sai\"}");
    assertThat(verify.status()).isEqualTo(403);
    String session =
        client
            .signIn("tiepnhan.anbinh", DemoData.PASSWORD)
            .header("X-Session-Cookie")
            .orElseThrow();
    RawHttp.Response webappLogin =
        client.send(
            "POST",
            "/camunda/api/admin/auth/user/default/login/tasklist",
            List.of(session, "Content-Type: application/x-www-form-urlencoded"),
            "username=" + user + "&password=sai");
    assertThat(webappLogin.status()).isEqualTo(403);
    assertThat(camundaUser(user).getAttempts()).isZero();
  }

  private static void assertThrottled(RawHttp.Response response, String title) {
    assertThat(response.status()).isEqualTo(429);
    assertThat(response.header("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    assertThat(response.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"title\":\"" + title + "\"", "\"status\":429");
  }

  /** Signs in through the login form from this client: where the form sends the browser. */
  private static String formLogin(RawHttp client, String user, String password) {
    RawHttp.Response sent = client.signIn(user, password);
    assertThat(sent.status()).isEqualTo(302);
    return sent.header("Location").orElseThrow();
  }

  private String newUser() {
    String id = "thu.khoa." + suffix();
    User user = identity.newUser(id);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    return id;
  }

  private UserEntity camundaUser(String id) {
    return (UserEntity) identity.createUserQuery().userId(id).singleResult();
  }

  private void setClock() {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private void move(Duration by) {
    now = now.plus(by);
    setClock();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
