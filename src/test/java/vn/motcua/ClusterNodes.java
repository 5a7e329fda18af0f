package vn.motcua;

import com.icegreen.greenmail.util.GreenMail;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The tests that run two application nodes on one database ({@code MOTCUA_CLUSTER_DB_URL}, by
 * default {@code motcua_cluster}), which each such test class uses in turn: the database and the
 * nodes' start-up.
 */
public final class ClusterNodes {

  private ClusterNodes() {}

  public static String url() {
    return System.getenv()
        .getOrDefault("MOTCUA_CLUSTER_DB_URL", "jdbc:postgresql://127.0.0.1:5432/motcua_cluster");
  }

  /**
   * Empties the database before a cluster test's nodes start: such tests count every row of their
   * tables, and another cluster test class may have run on the database before.
   */
  public static void emptyDatabase() {
    try (Connection c = DriverManager.getConnection(url(), "motcua_test", "motcua_test");
        Statement s = c.createStatement()) {
      s.execute("drop schema public cascade");
      s.execute("create schema public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the cluster database " + url(), e);
    }
  }

  /**
   * Starts a node named {@code name} on the cluster database with its job executor and notification
   * sender running, e-mailing to the SMTP server on {@code smtpPort}; {@code more}: the test's own
   * settings ({@code --key=value}).
   */
  public static ConfigurableApplicationContext start(
      String name, int smtpPort, List<String> more, String... profiles) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + url(),
                "--spring.datasource.username=motcua_test",
                "--spring.datasource.password=motcua_test",
                // engines are registered JVM-wide by name; the starter ignores names with a hyphen
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // the webapps keep JVM-wide runtime delegates that a closing context clears
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=true",
                // every node seals and verifies the audit chain with the same keys
                "--motcua.audit.keys.k1=3psTsyYWsfJhjLXk7K18jV7z1HFoB/AyjAIrMBmRyrY=",
                "--motcua.audit.signing.private-key="
                    + "MC4CAQAwBQYDK2VwBCIEIJduaPYObIn6W8LMC8KSws80V+GC2s4JW2ypCzLjhirg",
                "--motcua.audit.signing.public-key="
                    + "MCowBQYDK2VwAyEAugsBJVmEGjzuF/dzTmCda/Bnve3iw9IbMoeshMBAprw=",
                "--motcua.status-link.key=Vz8vJ0m2Q0l6nZb3pXk1sR7tYc9uF4hD2eA6gW5qLxM=",
                "--motcua.notification.sender.enabled=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--logging.level.root=WARN",
                "--logging.level.org.camunda=ERROR"));
    arguments.addAll(more);
    return new SpringApplicationBuilder(MotCuaApplication.class)
        .profiles(profiles)
        .run(arguments.toArray(String[]::new));
  }

  /**
   * Closes the nodes that started (last first), then stops the mail server and puts the engine
   * clock back, whatever failed before.
   */
  public static void stop(GreenMail smtp, ConfigurableApplicationContext... nodes) {
    try {
      for (int i = nodes.length - 1; i >= 0; i--) {
        if (nodes[i] != null) {
          nodes[i].close();
        }
      }
    } finally {
      if (smtp != null) {
        smtp.stop();
      }
      DemoData.resetClock();
    }
  }
}
