package vn.motcua;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Nodes of the packaged application ({@code target/motcua-*.jar}) as separate {@code java -jar}
 * processes on the cluster database ({@link ClusterNodes#url()}), and Debian's HAProxy in front of
 * them with the configuration of {@code docker/haproxy.cfg}, all on loopback.
 */
public final class JarCluster implements AutoCloseable {

  private final List<Process> processes = new ArrayList<>();
  private final Path logs;
  private final HttpClient http = HttpClient.newHttpClient();

  public JarCluster() throws IOException {
    this.logs = Files.createTempDirectory("motcua-cluster");
  }

  /** The repackaged application jar the build made in its package phase. */
  public static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(p -> p.getFileName().toString().matches("motcua-.*\\.jar"))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("no target/motcua-*.jar: run ./mvnw verify"));
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Starts a node (profiles postgres and demo) and waits until its health endpoint says UP. */
  public Process node(String name, int port, List<String> more) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar().toString(),
                "--spring.profiles.active=postgres,demo",
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + ClusterNodes.url(),
                "--spring.datasource.username=motcua_test",
                "--spring.datasource.password=motcua_test",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--motcua.notification.sender.enabled=false",
                "--motcua.audit.heads=" + logs.resolve("audit-heads"),
                "--motcua.public.limits.default.requests=1000000",
                "--logging.level.root=WARN"));
    command.addAll(more);
    Process node =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(logs.resolve(name + ".log").toFile())
            .start();
    processes.add(node);
    awaitHealthy(name, port, node, Duration.ofMinutes(4));
    return node;
  }

  /** Starts HAProxy with docker/haproxy.cfg in front of the nodes on these ports. */
  public void haproxy(int port, int stats, int node1, int node2) throws Exception {
    File binary = new File("/usr/sbin/haproxy");
    if (!binary.canExecute()) {
      throw new IllegalStateException(
          "HAProxy is missing: src/test/env/prepare.sh installs it (apt-get install haproxy)");
    }
    ProcessBuilder builder =
        new ProcessBuilder(binary.getPath(), "-db", "-f", "docker/haproxy.cfg")
            .redirectErrorStream(true)
            .redirectOutput(logs.resolve("haproxy.log").toFile());
    builder.environment().put("MOTCUA_LB_BIND", "127.0.0.1:" + port);
    builder.environment().put("MOTCUA_LB_STATS", "127.0.0.1:" + stats);
    builder.environment().put("MOTCUA_NODE1", "127.0.0.1:" + node1);
    builder.environment().put("MOTCUA_NODE2", "127.0.0.1:" + node2);
    Process haproxy = builder.start();
    processes.add(haproxy);
    awaitHealthy("haproxy", port, haproxy, Duration.ofSeconds(20));
  }

  private void awaitHealthy(String name, int port, Process process, Duration within)
      throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped at start-up: " + tail(name));
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(300);
    }
    throw new IllegalStateException(name + " not healthy within " + within + ": " + tail(name));
  }

  /** The end of a process's log, for a failure's message. */
  public String tail(String name) {
    try {
      List<String> lines = Files.readAllLines(logs.resolve(name + ".log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** {@code kill -9}: the process dies at once, without closing anything. */
  public static void kill9(Process process) throws Exception {
    int status = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).start().waitFor();
    if (status != 0) {
      throw new IllegalStateException("kill -9 " + process.pid() + " failed");
    }
    process.waitFor();
  }

  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).destroy();
    }
    for (Process process : processes) {
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
