import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's load driver (run with {@code java bench/Driver.java}): for each workload, 8
 * clients send GET requests on loopback for a warm-up, then for a fixed measurement window; every
 * loop is bounded by time and by count. Prints one Markdown table row per workload: requests,
 * throughput, p50, p95, p99 and max in milliseconds, and the count of non-2xx answers.
 *
 * <p>Arguments: base URL, warm-up seconds, window seconds, then workloads as {@code
 * name|user:password|path}.
 */
public class Driver {

  static final int CLIENTS = 8;
  static final int MAX_REQUESTS_PER_CLIENT = 200_000;

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int warmUp = Integer.parseInt(args[1]);
    int window = Integer.parseInt(args[2]);
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(CLIENTS))
            .build();
    System.out.println("| workload | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (int i = 3; i < args.length; i++) {
      String[] parts = args[i].split("\\|", 3);
      run(http, base, parts[0], parts[1], parts[2], warmUp, window);
    }
    System.exit(0);
  }

  static void run(
      HttpClient http, String base, String name, String user, String path, int warmUp, int window)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    load(http, request, warmUp, null, null);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    long started = System.nanoTime();
    load(http, request, window, latencies, errors);
    double seconds = (System.nanoTime() - started) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n",
        name,
        sorted.size(),
        sorted.size() / seconds,
        ms(sorted, 0.50),
        ms(sorted, 0.95),
        ms(sorted, 0.99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6,
        errors.get());
  }

  /** 8 clients in a loop until {@code seconds} pass or each has sent its maximum. */
  static void load(
      HttpClient http, HttpRequest request, int seconds, List<Long> latencies, AtomicLong errors)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(
          clients.submit(
              () -> {
                for (int n = 0; n < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; n++) {
                  long t0 = System.nanoTime();
                  int status;
                  try {
                    status =
                        http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                  } catch (Exception e) {
                    status = 0;
                  }
                  long took = System.nanoTime() - t0;
                  if (latencies != null) {
                    latencies.add(took);
                    if (status < 200 || status >= 300) {
                      errors.incrementAndGet();
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    clients.shutdown();
  }

  static double ms(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
