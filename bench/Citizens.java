import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's citizens' workloads (run with {@code java bench/Citizens.java}): 8 clients,
 * warm-up then a fixed window, one Markdown row per workload as bench/Driver.java prints.
 *
 * <ul>
 *   <li>public status lookup: {@code POST /api/public/status} with a random one of the bulk-loaded
 *       open dossiers' codes and the last four digits of its applicant's ID number, answered with
 *       the status and the deadline explained (200 expected);
 *   <li>the same with wrong digits (the 404 every wrong or unknown code gets);
 *   <li>online submission: {@code POST /api/public/submissions}, multipart with the birth
 *       registration's start-form data and a 1 MB scanned PDF, at one of the 20 communes' desks,
 *       with the proof of a phone number each client obtained once before the clock starts (a
 *       one-time code sent by SMS, read from the application log where the default SMS gateway
 *       writes it, then verified). Each submission's data differs, so none is a duplicate.
 * </ul>
 *
 * <p>The application must run with the public rate limits raised (bench/run does), since 8
 * clients on one address would otherwise be refused after 30 lookups a minute, as they should be.
 *
 * <p>Arguments: base URL, warm-up seconds, window seconds, the application log, open dossiers.
 */
public class Citizens {

  static final int CLIENTS = 8;
  static final int MAX_ITERATIONS_PER_CLIENT = 1_000_000;
  static final Pattern PROOF = Pattern.compile("\"proof\"\\s*:\\s*\"([^\"]+)\"");

  static String base;
  static Path appLog;
  static int open;
  static final String[] proofs = new String[CLIENTS];
  static final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .executor(Executors.newFixedThreadPool(CLIENTS))
          .build();

  interface Iteration {
    boolean run(int client, long n) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  static void run(String[] args) throws Exception {
    base = args[0];
    int warmUp = Integer.parseInt(args[1]);
    int window = Integer.parseInt(args[2]);
    appLog = Path.of(args[3]);
    open = Integer.parseInt(args[4]);
    measure(
        "public status lookup, code + ID digits, %dk open".formatted(open / 1000),
        (c, n) -> lookup("0000", 200),
        warmUp,
        window);
    measure(
        "public status lookup, wrong digits (404)", (c, n) -> lookup("9999", 404), warmUp, window);
    for (int c = 0; c < CLIENTS; c++) {
      proofs[c] = proof(c);
    }
    measure("online submission, 1 MB PDF attached", Citizens::submit, warmUp, window);
  }

  static boolean lookup(String digits, int expected) throws Exception {
    int i = ThreadLocalRandom.current().nextInt(1, open + 1);
    HttpResponse<String> answer =
        http.send(
            json("/api/public/status", "{\"code\":\"BO-%d\",\"idDigits\":\"%s\"}".formatted(i, digits)),
            HttpResponse.BodyHandlers.ofString());
    return answer.statusCode() == expected || failed(answer);
  }

  static String phone(int client) {
    return "0912000" + (100 + client);
  }

  /** A phone number's proof: the one-time code sent by SMS, read from the log, verified. */
  static String proof(int client) throws Exception {
    String phone = phone(client);
    long logged = Files.size(appLog);
    HttpResponse<String> sent =
        http.send(
            json("/api/public/otp", "{\"channel\":\"SMS\",\"address\":\"%s\"}".formatted(phone)),
            HttpResponse.BodyHandlers.ofString());
    if (sent.statusCode() / 100 != 2) {
      failed(sent);
      throw new IllegalStateException("no one-time code sent");
    }
    Pattern line =
        Pattern.compile("SMS to …" + phone.substring(phone.length() - 3) + ": [^\\n]*?(\\d{6})");
    for (int tries = 0; tries < 100; tries++) {
      byte[] all = Files.readAllBytes(appLog);
      String tail =
          new String(all, (int) Math.min(logged, all.length), (int) Math.max(0, all.length - logged),
              StandardCharsets.UTF_8);
      Matcher code = line.matcher(tail);
      if (code.find()) {
        HttpResponse<String> verified =
            http.send(
                json(
                    "/api/public/otp/verify",
                    "{\"address\":\"%s\",\"code\":\"%s\"}".formatted(phone, code.group(1))),
                HttpResponse.BodyHandlers.ofString());
        Matcher proof = PROOF.matcher(verified.body());
        if (verified.statusCode() != 200 || !proof.find()) {
          failed(verified);
          throw new IllegalStateException("one-time code refused");
        }
        return proof.group(1);
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("no SMS with a one-time code in " + appLog);
  }

  /** A scanned PDF of 1 MB: a PDF header, a comment padding it out, the end-of-file marker. */
  static final byte[] SCAN = scan(1 << 20);

  static byte[] scan(int size) {
    byte[] bytes = new byte[size];
    new java.util.Random(21).nextBytes(bytes);
    byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, bytes, 0, head.length);
    for (int i = head.length; i < size - tail.length; i++) {
      bytes[i] = (byte) ('!' + Math.floorMod(bytes[i], 90));
    }
    System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
    return bytes;
  }

  static boolean submit(int client, long n) throws Exception {
    String agency = "000.00." + (50 + (int) ((client + n) % 20)) + ".H99";
    String submission =
        """
        {"procedure":"birth-registration","agency":"%s",
         "applicant":{"fullName":"Công dân %d","idNumber":"00109001%04d","phone":"%s"},
         "data":{"childName":"Nguyễn Thị Bình %d-%d","childBirthDate":"2026-11-20","childSex":"FEMALE"},
         "proof":"%s"}"""
            .formatted(agency, client, client, phone(client), client, n, proofs[client]);
    String boundary = "citizen" + client + "x" + n;
    ByteArrayOutputStream body = new ByteArrayOutputStream(SCAN.length + 4096);
    body.writeBytes(
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"submission\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + submission + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"document.D2\"; "
                + "filename=\"giay-chung-sinh.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(SCAN);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/public/submissions"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return created.statusCode() == 201 || failed(created);
  }

  static HttpRequest json(String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  static final AtomicLong reported = new AtomicLong();

  /** Reports the first few failures on standard error; always false. */
  static boolean failed(HttpResponse<String> response) {
    if (reported.incrementAndGet() <= 3) {
      System.err.println(
          "citizens: " + response.request().uri() + " answered " + response.statusCode() + ": "
              + response.body().substring(0, Math.min(300, response.body().length())));
    }
    return false;
  }

  static void measure(String name, Iteration iteration, int warmUp, int window) throws Exception {
    load(iteration, warmUp, null, null);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    long started = System.nanoTime();
    load(iteration, window, latencies, errors);
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

  static void load(Iteration iteration, int seconds, List<Long> latencies, AtomicLong errors)
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
