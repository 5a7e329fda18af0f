package vn.motcua;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients at the counters of some agencies, through the load balancer: each receives dossiers
 * ({@code POST /api/dossiers}) and completes the reception step of every other one (the engine's
 * {@code submit-form}). A request without an answer, or answered 5xx, is retried after a pause as a
 * user would: an intake is sent again as a new attempt (the product has no idempotency key, so each
 * attempt names its applicant uniquely, and only answered attempts are counted as acknowledged); a
 * completion looks for the step again (the dossier's identity), and a step already gone was
 * completed by the unanswered attempt.
 */
final class FaultLoad {

  private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Map<String, String> RECEPTION =
      Map.of(DemoData.AN_BINH, "tiepnhan.anbinh", DemoData.HOA_PHU, "tiepnhan.hoaphu");

  private final int port;
  private final int clients;
  private final int intakes;
  private final List<String> agencies;

  /** Acknowledged intakes: the applicant's unique name of the attempt -> the dossier's code. */
  final Map<String, String> acknowledged = new ConcurrentHashMap<>();

  /** Codes whose reception step a client completed with an answer (204). */
  final List<String> completed = java.util.Collections.synchronizedList(new ArrayList<>());

  /** Codes whose step was gone when a retry looked again: an unanswered attempt completed it. */
  final List<String> completedUnanswered =
      java.util.Collections.synchronizedList(new ArrayList<>());

  final AtomicInteger retries = new AtomicInteger();
  final AtomicInteger unanswered = new AtomicInteger();

  FaultLoad(int port, int clients, int intakes, List<String> agencies) {
    this.port = port;
    this.clients = clients;
    this.intakes = intakes;
    this.agencies = agencies;
  }

  void awaitAcknowledged(int count) throws InterruptedException {
    while (acknowledged.size() < count) {
      Thread.sleep(20);
    }
  }

  void run() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        work.add(pool.submit(() -> client(client)));
      }
      for (Future<?> done : work) {
        done.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Void client(int client) throws Exception {
    String agency = agencies.get(client % agencies.size());
    NodeHttp http = NodeHttp.basic(port, RECEPTION.get(agency));
    for (int i = 0; i < intakes; i++) {
      String code = receive(http, agency, client, i);
      if (i % 2 == 0) {
        complete(http, code);
      }
    }
    return null;
  }

  private String receive(NodeHttp http, String agency, int client, int i) throws Exception {
    for (int attempt = 0; ; attempt++) {
      String applicant = "Khách %d-%d lần %d".formatted(client, i, attempt);
      Map<String, Object> dossier =
          DemoData.counterDossier(
              "birth-registration",
              agency,
              Map.of(
                  "childName", "Nguyễn Thị Bình",
                  "childBirthDate", "2026-11-20",
                  "childSex", "FEMALE"));
      Map<String, Object> body = new java.util.HashMap<>(dossier);
      Map<String, Object> person = new java.util.HashMap<>(castMap(dossier.get("applicant")));
      person.put("fullName", applicant);
      body.put("applicant", person);
      NodeHttp.Answer answer = call(() -> http.post("/api/dossiers", body), attempt);
      if (answer != null && answer.status() == 201) {
        Matcher code = CODE.matcher(answer.body());
        if (!code.find()) {
          throw new IllegalStateException("no code in " + answer.body());
        }
        acknowledged.put(applicant, code.group(1));
        return code.group(1);
      }
      if (answer != null && answer.status() < 500) {
        throw new IllegalStateException("intake refused: " + answer);
      }
    }
  }

  private void complete(NodeHttp http, String code) throws Exception {
    for (int attempt = 0; ; attempt++) {
      NodeHttp.Answer tasks =
          call(
              () ->
                  http.get(
                      "/engine-rest/task?processInstanceBusinessKey="
                          + code
                          + "&taskDefinitionKey=Task_Reception"),
              attempt);
      if (tasks == null || tasks.status() >= 500) {
        continue;
      }
      Matcher id = ID.matcher(tasks.body());
      if (!id.find()) {
        if (attempt == 0) {
          throw new IllegalStateException("no reception step for " + code + ": " + tasks);
        }
        completedUnanswered.add(code);
        return;
      }
      String form = "{\"variables\":{\"receptionDecision\":{\"value\":\"ACCEPT\"}}}";
      NodeHttp.Answer done =
          call(
              () -> http.post("/engine-rest/task/" + id.group(1) + "/submit-form", raw(form)),
              attempt);
      if (done != null && done.status() == 204) {
        completed.add(code);
        return;
      }
      if (done != null && done.status() < 500) {
        throw new IllegalStateException("completion of " + code + " refused: " + done);
      }
    }
  }

  private NodeHttp.Answer call(Call call, int attempt) throws Exception {
    if (attempt > 40) {
      throw new IllegalStateException("no answer after 40 attempts");
    }
    if (attempt > 0) {
      retries.incrementAndGet();
      Thread.sleep(250);
    }
    try {
      return call.send();
    } catch (IOException noAnswer) {
      unanswered.incrementAndGet();
      return null;
    }
  }

  interface Call {
    NodeHttp.Answer send() throws IOException, InterruptedException;
  }

  private static Object raw(String json) {
    try {
      return NodeHttp.JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object map) {
    return (Map<String, Object>) map;
  }

  @Override
  public String toString() {
    return ("%d intakes acknowledged, %d completions acknowledged, %d completed by an unanswered"
            + " attempt, %d requests without an answer, %d retries")
        .formatted(
            acknowledged.size(),
            completed.size(),
            completedUnanswered.size(),
            unanswered.get(),
            retries.get());
  }
}
