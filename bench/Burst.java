import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The deadline burst's intake (run with {@code java bench/Burst.java}, by bench/burst.sh): receives
 * {@code n} dossiers at the counter through {@code POST /api/dossiers}, with a number of concurrent
 * clients, each the reception official of its own commune (a dossier code's counter is locked per
 * agency and day until the receiving transaction commits, so two clients of one commune would wait
 * for each other). Every request is bounded in time; a failed request is not retried but counted,
 * and the program exits with status 1 when any failed, so that the burst is never measured on fewer
 * dossiers than asked for.
 *
 * <p>Arguments: base URL, number of dossiers, number of clients, procedure key, then one or more
 * {@code user:password@agency} (client {@code c} uses the {@code c mod k}-th). Prints one line to
 * stdout: {@code created=… errors=… seconds=… rate=… p50ms=… p95ms=… maxms=…}; progress goes to
 * stderr.
 */
public class Burst {

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println(
          "usage: java bench/Burst.java BASE N CLIENTS PROCEDURE user:password@agency...");
      System.exit(2);
    }
    String base = args[0];
    int n = Integer.parseInt(args[1]);
    int clients = Integer.parseInt(args[2]);
    String procedure = args[3];
    List<String[]> desks = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      int at = args[i].lastIndexOf('@');
      desks.add(new String[] {args[i].substring(0, at), args[i].substring(at + 1)});
    }
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(clients))
            .build();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLong lastError = new AtomicLong();
    long[] latencies = new long[n];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String[] desk = desks.get(c % desks.size());
      String authorization =
          "Basic " + Base64.getEncoder().encodeToString(desk[0].getBytes(StandardCharsets.UTF_8));
      running.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(base + "/api/dossiers"))
                          .timeout(Duration.ofSeconds(60))
                          .header("Authorization", authorization)
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(body(procedure, desk[1], i)))
                          .build();
                  long t0 = System.nanoTime();
                  int status;
                  String answer = "";
                  try {
                    HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString());
                    status = response.statusCode();
                    answer = response.body();
                  } catch (Exception e) {
                    status = 0;
                    answer = e.toString();
                  }
                  latencies[i] = System.nanoTime() - t0;
                  if (status == 201 || status == 200) {
                    int done = created.incrementAndGet();
                    if (done % 1000 == 0) {
                      System.err.printf(
                          "burst: %d dossiers received in %.0f s%n",
                          done, (System.nanoTime() - started) / 1e9);
                    }
                  } else {
                    errors.incrementAndGet();
                    long now = System.nanoTime();
                    if (now - lastError.get() > 5_000_000_000L) {
                      lastError.set(now);
                      System.err.printf(
                          "burst: POST /api/dossiers answered %d: %s%n",
                          status, answer.length() > 300 ? answer.substring(0, 300) : answer);
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] sorted = latencies.clone();
    java.util.Arrays.sort(sorted);
    System.out.printf(
        "created=%d errors=%d seconds=%.1f rate=%.1f p50ms=%.1f p95ms=%.1f maxms=%.1f%n",
        created.get(),
        errors.get(),
        seconds,
        created.get() / seconds,
        ms(sorted, 0.50),
        ms(sorted, 0.95),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    System.exit(errors.get() == 0 && created.get() == n ? 0 : 1);
  }

  /** A commune procedure's dossier received at the counter, its intake data left to the desk. */
  static String body(String procedure, String agency, int i) {
    String id = "%012d".formatted(1_090_000_000L + i);
    return """
        {"procedure":"%s","agency":"%s","channel":"COUNTER",\
        "applicant":{"fullName":"Nguyễn Văn An %d","idNumber":"%s","phone":"0912345678",\
        "email":"an.nguyen@example.vn","address":"Thôn Đông"},"data":{}}"""
        .formatted(procedure, agency, i, id);
  }

  static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
