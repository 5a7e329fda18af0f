package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;

/**
 * {@link Notifications#send} writes its rows in the caller's transaction (Spring's, or the engine's
 * inside a process), once per (key, recipient) even when two transactions race, with the
 * recipient's e-mail address from the engine's users.
 */
@IntegrationTest
class NotificationOutboxIntegrationTests {

  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  @BeforeEach
  void emptyOutbox() {
    jdbc.sql("delete from notification").update();
    DemoData.setClock(LocalDateTime.of(2026, 11, 24, 9, 0));
  }

  @AfterEach
  void resetClock() {
    DemoData.resetClock();
  }

  @Test
  void rowsOfARolledBackTransactionAreGone() {
    transactions.executeWithoutResult(
        status -> {
          notifications.send("rollback", List.of("hotich.anbinh"), "Tiêu đề", "Nội dung", null);
          assertThat(rows("rollback")).isEqualTo(1);
          status.setRollbackOnly();
        });
    assertThat(rows("rollback")).isZero();
  }

  @Test
  void aFailingProcessStepTakesItsNotificationsWithIt() {
    String deployment =
        repository
            .createDeployment()
            .name("test-notification-rollback")
            .addClasspathResource("bpmn/notification-rollback.bpmn")
            .deploy()
            .getId();
    try {
      assertThatThrownBy(
              () ->
                  runtime.startProcessInstanceByKey(
                      "test-notification-rollback",
                      Variables.createVariables()
                          .putValue("dedupKey", "engine-rollback")
                          .putValueTyped(
                              "recipients",
                              Variables.objectValue(List.of("hotich.anbinh"), true).create())))
          .hasRootCauseInstanceOf(IllegalArgumentException.class);
      assertThat(rows("engine-rollback")).isZero();
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void theSameKeyAndRecipientIsQueuedOnce() {
    notifications.send(
        "dup", List.of("hotich.anbinh", "tiepnhan.anbinh"), "Lần đầu", "Nội dung", "X-1");
    notifications.send(
        "dup", List.of("hotich.anbinh", "hotich.anbinh"), "Lần hai", "Nội dung", "X-1");
    notifications.send("dup-other", List.of("hotich.anbinh"), "Khóa khác", "Nội dung", null);

    assertThat(rows("dup")).isEqualTo(2);
    assertThat(
            jdbc.sql("select subject from notification where dedup_key = 'dup'")
                .query(String.class)
                .list())
        .containsOnly("Lần đầu");
    assertThat(rows("dup-other")).isEqualTo(1);
  }

  @Test
  void twoTransactionsRacingOnOnePairBothCommitAndQueueItOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch firstWrote = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      notifications.send("race", List.of("hotich.anbinh"), "Một", "Nội dung", null);
                      firstWrote.countDown();
                      await(secondStarted);
                      // the second transaction now waits on our uncommitted row
                      awaitWaitingOnALock();
                    }),
            threads);
    assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      secondStarted.countDown();
                      notifications.send("race", List.of("hotich.anbinh"), "Hai", "Nội dung", null);
                      // the caller's transaction is still usable after the skipped duplicate
                      notifications.send(
                          "race-after", List.of("hotich.anbinh"), "Ba", "Nội dung", null);
                    }),
            threads);

    try {
      first.get(20, TimeUnit.SECONDS);
      second.get(20, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }

    assertThat(
            jdbc.sql("select subject from notification where dedup_key = 'race'")
                .query(String.class)
                .list())
        .containsExactly("Một");
    assertThat(rows("race-after")).isEqualTo(1);
  }

  @Test
  void theEmailAddressComesFromTheEngineUserEvenForAnOfficialWhoCannotReadUsers() {
    identity.setAuthentication("tiepnhan.anbinh", List.of("000.00.01.H99:reception"));
    try {
      notifications.send(
          "email", List.of("hotich.anbinh", "no.such.user"), "Tiêu đề", "Nội dung", null);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(email("hotich.anbinh")).isEqualTo("hotich.anbinh@demo.motcua.vn");
    assertThat(email("no.such.user")).isNull();
  }

  @Test
  void badArgumentsAreRefusedBeforeAnythingIsWritten() {
    assertThatThrownBy(() -> notifications.send(" ", List.of("hotich.anbinh"), "S", "B", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> notifications.send("k", List.of("a", " "), "S", "B", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> notifications.send("k", List.of("hotich.anbinh"), "S", "x".repeat(4001), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(rows("k")).isZero();
  }

  private long rows(String key) {
    return jdbc.sql("select count(*) from notification where dedup_key = ?")
        .param(key)
        .query(Long.class)
        .single();
  }

  private String email(String recipient) {
    return jdbc.sql("select email from notification where dedup_key = 'email' and recipient = ?")
        .param(recipient)
        .query((rs, row) -> rs.getString("email"))
        .list()
        .get(0);
  }

  /** Waits until another session of this database waits on a row lock (PostgreSQL). */
  private void awaitWaitingOnALock() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      jdbc.sql("select pg_stat_clear_snapshot()").query().listOfRows();
      long waiting =
          jdbc.sql(
                  "select count(*) from pg_stat_activity"
                      + " where datname = current_database() and wait_event_type = 'Lock'")
              .query(Long.class)
              .single();
      if (waiting > 0) {
        return;
      }
      pause();
    }
    throw new AssertionError("the second transaction never waited on the first");
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
