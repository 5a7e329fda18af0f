import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver for the bare peer (run by bench/bare.sh with {@code java bench/BareDriver.java}),
 * in the style of bench/Driver.java: 8 clients on loopback, a warm-up then a fixed window per
 * workload, every loop bounded by time and by count, one Markdown row per workload. It speaks to
 * the bare application's {@code /engine-rest} as the test communes' civil servants (password
 * bench-passphrase-26): client c works for commune 000.00.(50+c).H99, reception starts, the specialist,
 * the leader and reception again complete the four steps, each with its form's variables.
 *
 * <p>Arguments: {@code lifecycle <base> <warm-up s> <window s>} for starts, single steps and whole
 * dossiers; {@code tasklist <base> <warm-up s> <window s> <open instances>} for the candidate-group
 * task list of 000.00.50.H99:specialist (pages 1, 2 and 11, as its specialist bench.cv50, and page
 * 1 as the administrator, whom Camunda's authorization checks skip).
 */
public class BareDriver {

  static final int CLIENTS = 8;
  static final int MAX_SAMPLES_PER_CLIENT = 200_000;
  static final String KEY = "birth-registration";
  static final String PASSWORD = "bench-passphrase-26";
  /** Who works each of the four steps: reception, specialist, leader, reception (user prefixes). */
  static final String[] STEP_USERS = {"bench.tn", "bench.cv", "bench.ld", "bench.tn"};
  /** What each step's form submits (forms/birth-registration-*.form). */
  static final String[] STEP_VARIABLES = {
    vars("receptionDecision", "ACCEPT", "documentsDigitised", true, "receptionNote", "Đủ"),
    vars("appraisalResult", "ELIGIBLE", "appraisalOpinion", "Đủ điều kiện đăng ký khai sinh"),
    vars("approvalDecision", "APPROVE", "approvalNote", "Đồng ý"),
    vars("returnMethod", "COUNTER", "resultDigitised", true, "returnNote", "Đã trả tại một cửa")
  };
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

  /** An instance the step workload moves on: its commune (client number) and the next step. */
  record Dossier(String id, int commune, int step) {}

  /** One sample of a workload for one client: true if it succeeded, null when there is no work. */
  interface Action {
    Boolean run(int client) throws Exception;
  }

  static HttpClient http;
  static String base;
  static final Queue<Dossier> pool = new ConcurrentLinkedQueue<>();
  static final AtomicLong serial = new AtomicLong();

  public static void main(String[] args) throws Exception {
    String phase = args[0];
    base = args[1] + "/engine-rest";
    int warmUp = Integer.parseInt(args[2]);
    int window = Integer.parseInt(args[3]);
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(CLIENTS))
            .build();
    System.out.println("| workload | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    if (phase.equals("lifecycle")) {
      run("bare: start", warmUp, window, BareDriver::startForSteps);
      run("bare: step (find the task, complete it)", warmUp, window, BareDriver::step);
      run("bare: whole dossier, start + 4 steps (lifecycles)", warmUp, window,
          BareDriver::whole);
    } else {
      int open = Integer.parseInt(args[4]);
      String label = open % 1000 == 0 ? open / 1000 + "k" : Integer.toString(open);
      String list =
          "/task?candidateGroup=000.00.50.H99:specialist"
              + "&sortBy=created&sortOrder=desc&maxResults=50";
      String name = "bare: task list, candidate group, " + label + " open, ";
      run(name + "page 1", warmUp, window, c -> get("bench.cv50", list + "&firstResult=0"));
      run(name + "page 2", warmUp, window, c -> get("bench.cv50", list + "&firstResult=50"));
      run(name + "page 11", warmUp, window, c -> get("bench.cv50", list + "&firstResult=500"));
      run(name + "page 1, as administrator", warmUp, window,
          c -> get("bench:bench", list + "&firstResult=0"));
    }
    System.exit(0);
  }

  /** A start whose instance joins the pool the step workload works on. */
  static Boolean startForSteps(int client) throws Exception {
    String id = start(client);
    if (id == null) {
      return false;
    }
    pool.add(new Dossier(id, client, 0));
    return true;
  }

  /**
   * Reception of client c's commune starts a dossier, with a unique code as business key. Một Cửa
   * keeps the applicant and the dossier data in its own tables and gives the engine the code, the
   * agencies, the channel and the legal due date; a plain Camunda application keeps all of it in
   * process variables, so the bare peer gets them all, with the values of the test data
   * (DemoData.birthRegistration).
   */
  static String start(int client) throws Exception {
    String agency = "000.00." + (50 + client) + ".H99";
    String code = agency + "-" + RUN + "-" + serial.incrementAndGet();
    String due =
        ZonedDateTime.now()
            .plusHours(8)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    String body =
        "{\"businessKey\":\"" + code + "\",\"variables\":"
            + vars(
                "dossierCode", code,
                "agency", agency,
                "receivingAgency", agency,
                "channel", "COUNTER",
                "legalDue", new DateValue(due),
                "applicantFullName", "Nguyễn Văn An",
                "applicantIdNumber", "001090012345",
                "applicantPhone", "0912345678",
                "applicantEmail", "an.nguyen@example.vn",
                "applicantAddress", "Thôn Đông, xã An Bình",
                "childName", "Nguyễn Thị Bình",
                "childBirthDate", "2026-11-20")
            + "}";
    HttpResponse<String> answer =
        send(user(0, client), "POST", "/process-definition/key/" + KEY + "/start", body);
    return answer.statusCode() == 200 ? firstId(answer.body()) : null;
  }

  /** One step of an instance the start workload left: find its task, complete it. */
  static Boolean step(int client) throws Exception {
    Dossier d = pool.poll();
    if (d == null) {
      System.err.println("bare driver: no started instance left for the step workload");
      return null;
    }
    if (!complete(d.id(), d.commune(), d.step())) {
      return false;
    }
    if (d.step() < 3) {
      pool.add(new Dossier(d.id(), d.commune(), d.step() + 1));
    }
    return true;
  }

  /** A whole dossier: start, then find and complete each of the four tasks. */
  static Boolean whole(int client) throws Exception {
    String id = start(client);
    if (id == null) {
      return false;
    }
    for (int step = 0; step < 4; step++) {
      if (!complete(id, client, step)) {
        return false;
      }
    }
    return true;
  }

  static boolean complete(String instance, int commune, int step) throws Exception {
    String user = user(step, commune);
    HttpResponse<String> found = send(user, "GET", "/task?processInstanceId=" + instance, null);
    String task = found.statusCode() == 200 ? firstId(found.body()) : null;
    if (task == null) {
      return false;
    }
    String body = "{\"variables\":" + STEP_VARIABLES[step] + "}";
    return send(user, "POST", "/task/" + task + "/complete", body).statusCode() == 204;
  }

  static Boolean get(String user, String path) throws Exception {
    int status = send(user, "GET", path, null).statusCode();
    return status >= 200 && status < 300;
  }

  static String user(int step, int commune) {
    return STEP_USERS[step] + (50 + commune) + ":" + PASSWORD;
  }

  static HttpResponse<String> send(String credentials, String method, String path, String body)
      throws Exception {
    if (!credentials.contains(":")) {
      credentials = credentials + ":" + PASSWORD;
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String firstId(String json) {
    Matcher m = ID.matcher(json);
    return m.find() ? m.group(1) : null;
  }

  /** A Date variable's value in the REST API's format. */
  record DateValue(String value) {}

  /** Camunda REST variables from name, value pairs: strings, booleans and dates. */
  static String vars(Object... pairs) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      String type =
          value instanceof Boolean ? "Boolean" : value instanceof DateValue ? "Date" : "String";
      String text =
          value instanceof Boolean
              ? value.toString()
              : "\"" + (value instanceof DateValue d ? d.value() : value) + "\"";
      json.append(i == 0 ? "" : ",")
          .append('"').append(pairs[i]).append("\":{\"value\":").append(text)
          .append(",\"type\":\"").append(type).append("\"}");
    }
    return json.append('}').toString();
  }

  static void run(String name, int warmUp, int window, Action action) throws Exception {
    load(action, warmUp, null, null);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    long started = System.nanoTime();
    load(action, window, latencies, errors);
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

  /** 8 clients in a loop until {@code seconds} pass, each has its maximum, or work runs out. */
  static void load(Action action, int seconds, List<Long> latencies, AtomicLong errors)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      running.add(
          clients.submit(
              () -> {
                for (long n = 0; n < MAX_SAMPLES_PER_CLIENT && System.nanoTime() < end; n++) {
                  long t0 = System.nanoTime();
                  Boolean ok;
                  try {
                    ok = action.run(client);
                  } catch (Exception e) {
                    ok = false;
                  }
                  if (ok == null) {
                    return null;
                  }
                  long took = System.nanoTime() - t0;
                  if (latencies != null) {
                    latencies.add(took);
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
