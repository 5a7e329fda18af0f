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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's lifecycle workloads on Một Cửa (run with {@code java bench/Lifecycle.java}): 8
 * clients, warm-up then a fixed window, every loop bounded by time and count, one Markdown row per
 * workload as bench/Driver.java prints (a "request" is one iteration of the workload):
 *
 * <ul>
 *   <li>intake: {@code POST /api/dossiers} at the counter of one of the 20 generated communes (each
 *       client goes round them, so a commune's dossier-code counter is rarely shared at once);
 *   <li>step: a civil servant's step, find the task of a dossier received above and complete it
 *       ({@code GET /engine-rest/task?processInstanceBusinessKey=}, then {@code POST
 *       /engine-rest/task/{id}/submit-form}, as the reception officer);
 *   <li>whole dossier: intake, then the four steps of a birth registration, each found and
 *       completed by the official of its unit;
 *   <li>reception page: what the reception page sends ({@code POST /api/reception}: the dossier,
 *       its checklist and the decision to receive, which also completes the reception step), once
 *       as JSON without documents and once as multipart with a 1 MB scanned PDF attached (stored,
 *       hashed and audited in the same transaction).
 * </ul>
 *
 * <p>Arguments: base URL, warm-up seconds, window seconds; optionally the workloads to run, a
 * comma-separated list of name prefixes (e.g. {@code intake,whole}; all when absent), and a tag
 * put in the applicants' names so that a second run in the same database is told apart (bench/run
 * runs intake and whole dossiers again on two nodes behind HAProxy).
 */
public class Lifecycle {

  static final int CLIENTS = 8;
  static final int MAX_ITERATIONS_PER_CLIENT = 100_000;
  /** The 20 communes bench/run generates (000.00.50.H99 to 000.00.69.H99) and their number. */
  static final String[][] COMMUNES =
      java.util.stream.IntStream.rangeClosed(50, 69)
          .mapToObj(n -> new String[] {"000.00." + n + ".H99", String.valueOf(n)})
          .toArray(String[][]::new);
  /** Each step: the official of the commune who works it (bench.<prefix><commune>), its form. */
  static final String[][] STEPS = {
    {"tn", "Task_Reception", "\"receptionDecision\":{\"value\":\"ACCEPT\"}"},
    {"cv", "Task_Appraisal", "\"appraisalResult\":{\"value\":\"ELIGIBLE\"},"
        + "\"appraisalOpinion\":{\"value\":\"Hồ sơ hợp lệ\"}"},
    {"ct", "Task_Approval", "\"approvalDecision\":{\"value\":\"APPROVE\"}"},
    {"tn", "Task_ResultReturn", "\"returnMethod\":{\"value\":\"COUNTER\"}"}
  };
  /** A birth registration's intake data, as its start form asks for it. */
  static final String BIRTH_DATA =
      "{\"childName\":\"Nguyễn Thị Bình\",\"childBirthDate\":\"2026-11-20\",\"childSex\":\"FEMALE\"}";

  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

  static String base;
  static String tag = "";
  static List<String> only = List.of();
  static final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .executor(Executors.newFixedThreadPool(CLIENTS))
          .build();
  static final ConcurrentLinkedQueue<String[]> received = new ConcurrentLinkedQueue<>();

  interface Iteration {
    boolean run(int client, long n) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    base = args[0];
    int warmUp = Integer.parseInt(args[1]);
    int window = Integer.parseInt(args[2]);
    if (args.length > 3 && !args[3].isBlank()) {
      only = List.of(args[3].split(","));
    }
    if (args.length > 4) {
      tag = args[4];
    }
    measure("intake", null, Lifecycle::intake, warmUp, window);
    // a dossier to work is received before the clock starts when none is left from the intake
    measure(
        "step (find the task, complete it)",
        (c, n) -> received.isEmpty() && intake(c, n),
        Lifecycle::receptionStep,
        warmUp,
        window);
    measure(
        "whole dossier (intake and four steps)", null, Lifecycle::wholeDossier, warmUp, window);
    measure("reception page, no document", null, (c, n) -> reception(c, n, false), warmUp, window);
    measure(
        "reception page, 1 MB PDF attached", null, (c, n) -> reception(c, n, true), warmUp, window);
    System.exit(0);
  }

  /** Receives a dossier and keeps it for the step workload. */
  static boolean intake(int client, long n) throws Exception {
    String[] dossier = receive(client, n);
    return dossier != null && received.add(dossier);
  }

  /** Receives a dossier at a commune's counter: its commune and code, or null. */
  static String[] receive(int client, long n) throws Exception {
    String[] commune = COMMUNES[(int) ((client + n) % COMMUNES.length)];
    String body =
        """
        {"procedure":"birth-registration","agency":"%s","channel":"COUNTER",
         "applicant":{"fullName":"Người nộp %s%d-%d","idNumber":"001090012345","phone":"0912345678"},
         "data":%s}"""
            .formatted(commune[0], tag, client, n, BIRTH_DATA);
    HttpResponse<String> created = send("bench.tn" + commune[1], "POST", "/api/dossiers", body);
    if (created.statusCode() != 201) {
      return failed(created);
    }
    Matcher code = CODE.matcher(created.body());
    if (!code.find()) {
      return null;
    }
    return new String[] {commune[1], code.group(1)};
  }

  /** A scanned PDF of 1 MB: a PDF header, a comment padding it out, the end-of-file marker. */
  static final byte[] SCAN = scan(1 << 20);

  static byte[] scan(int size) {
    byte[] bytes = new byte[size];
    new java.util.Random(19).nextBytes(bytes);
    byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, bytes, 0, head.length);
    for (int i = head.length; i < size - tail.length; i++) {
      // printable bytes only, so the padding stays one PDF comment
      bytes[i] = (byte) ('!' + Math.floorMod(bytes[i], 90));
    }
    System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
    return bytes;
  }

  /** Receives a dossier the way the reception page does: JSON, or multipart with the scan. */
  static boolean reception(int client, long n, boolean withScan) throws Exception {
    String[] commune = COMMUNES[(int) ((client + n) % COMMUNES.length)];
    String dossier =
        """
        {"procedure":"birth-registration","agency":"%s","channel":"COUNTER",
         "applicant":{"fullName":"Người nộp %s%d-%d","idNumber":"001090012345","phone":"0912345678"},
         "data":%s,
         "checklist":[{"kind":"D1","received":"ORIGINAL","count":1},
                      {"kind":"D2","received":"ORIGINAL","count":1},
                      {"kind":"D3","received":"COPY","count":1}],
         "decision":"RECEIVE"}"""
            .formatted(commune[0], tag, client, n, BIRTH_DATA);
    String user = "bench.tn" + commune[1];
    HttpResponse<String> created;
    if (!withScan) {
      created = send(user, "POST", "/api/reception", dossier);
    } else {
      String boundary = "bench" + client + "x" + n;
      java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(SCAN.length + 4096);
      body.writeBytes(
          ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\n"
                  + "Content-Type: application/json\r\n\r\n" + dossier + "\r\n--" + boundary
                  + "\r\nContent-Disposition: form-data; name=\"document.D2\"; "
                  + "filename=\"giay-chung-sinh.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(SCAN);
      body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      created =
          http.send(
              authorised(user, "/api/reception")
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    }
    return created.statusCode() == 201 || failed(created) != null;
  }

  static boolean receptionStep(int client, long n) throws Exception {
    String[] dossier = received.poll();
    return dossier != null && step(dossier[0], dossier[1], STEPS[0]);
  }

  static boolean wholeDossier(int client, long n) throws Exception {
    String[] dossier = receive(client, n);
    if (dossier == null) {
      return false;
    }
    for (String[] step : STEPS) {
      if (!step(dossier[0], dossier[1], step)) {
        return false;
      }
    }
    return true;
  }

  /** Finds the dossier's task of this step as the unit's official and completes it. */
  static boolean step(String commune, String code, String[] step) throws Exception {
    String user = "bench." + step[0] + commune;
    HttpResponse<String> tasks =
        send(
            user,
            "GET",
            "/engine-rest/task?processInstanceBusinessKey=" + code + "&taskDefinitionKey=" + step[1],
            null);
    Matcher id = ID.matcher(tasks.body());
    if (tasks.statusCode() != 200 || !id.find()) {
      return failed(tasks) != null;
    }
    HttpResponse<String> done =
        send(
            user,
            "POST",
            "/engine-rest/task/" + id.group(1) + "/submit-form",
            "{\"variables\":{" + step[2] + "}}");
    return done.statusCode() == 204 || failed(done) != null;
  }

  static final AtomicLong reported = new AtomicLong();

  /** Reports the first few failures on standard error; always null. */
  static String[] failed(HttpResponse<String> response) {
    if (reported.incrementAndGet() <= 3) {
      System.err.println(
          "lifecycle: " + response.request().uri() + " answered " + response.statusCode() + ": "
              + response.body().substring(0, Math.min(300, response.body().length())));
    }
    return null;
  }

  static HttpResponse<String> send(String user, String method, String path, String body)
      throws Exception {
    HttpRequest.Builder request =
        authorised(user, path).header("Content-Type", "application/json");
    request =
        body == null
            ? request.GET()
            : request.method(method, HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder authorised(String user, String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (user + ":bench-passphrase-26").getBytes(StandardCharsets.UTF_8)));
  }

  static void measure(
      String name, Iteration prepare, Iteration iteration, int warmUp, int window)
      throws Exception {
    if (!only.isEmpty() && only.stream().noneMatch(name::startsWith)) {
      return;
    }
    load(prepare, iteration, warmUp, null, null);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    long started = System.nanoTime();
    load(prepare, iteration, window, latencies, errors);
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

  static void load(
      Iteration prepare,
      Iteration iteration,
      int seconds,
      List<Long> latencies,
      AtomicLong errors)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      running.add(
          clients.submit(
              () -> {
                for (long n = 0; n < MAX_ITERATIONS_PER_CLIENT && System.nanoTime() < end; n++) {
                  long number = n + (latencies == null ? 1_000_000 : 0);
                  try {
                    if (prepare != null) {
                      prepare.run(client, number);
                    }
                  } catch (Exception e) {
                    // the iteration below then fails and counts as an error
                  }
                  long t0 = System.nanoTime();
                  boolean ok;
                  try {
                    ok = iteration.run(client, number);
                  } catch (Exception e) {
                    ok = false;
                  }
                  if (latencies != null) {
                    latencies.add(System.nanoTime() - t0);
                    if (!ok) {
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
