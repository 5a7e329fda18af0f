package vn.motcua.bench.bare;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.beans.factory.ObjectProvider;

/**
 * BENCHMARK ONLY: {@code POST /bench/start?count=N[&activity=Task_Appraisal][&threads=2]
 * [&batch=250]} starts N instances of the procedure in-process, spread over the test communes, 250
 * per transaction on a few threads, so that bench/bare.sh can set up 100k open instances for the
 * task-list workloads in minutes rather than the quarter of an hour the REST API would take. With
 * {@code activity} the instances start right at that user task (Một Cửa's bench data waits at the
 * appraisal step). They carry only the dossier code and the agency (what the candidate groups
 * need): the task list reads no variables, and twelve per instance would triple the set-up time.
 * Answers loopback callers only; timed apart, it is not one of the measured workloads.
 */
final class BulkStart extends HttpServlet {

  private final transient ObjectProvider<ProcessEngine> engine;
  private final int communes;
  private final AtomicInteger serial = new AtomicInteger();

  BulkStart(ObjectProvider<ProcessEngine> engine, int communes) {
    this.engine = engine;
    this.communes = communes;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String from = request.getRemoteAddr();
    if (!from.equals("127.0.0.1") && !from.equals("0:0:0:0:0:0:0:1")) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    int count;
    int threads;
    int batch;
    try {
      count = Integer.parseInt(request.getParameter("count"));
      threads = Integer.parseInt(orElse(request.getParameter("threads"), "2"));
      batch = Integer.parseInt(orElse(request.getParameter("batch"), "250"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "count, threads, batch: numbers");
      return;
    }
    if (count < 1 || count > 1_000_000 || threads < 1 || threads > 8 || batch < 1 || batch > 5000) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, "count 1..1000000, threads 1..8, batch 1..5000");
      return;
    }
    String activity = request.getParameter("activity");
    RuntimeService runtime = engine.getObject().getRuntimeService();
    String definition =
        engine
            .getObject()
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(Dossiers.PROCESS_KEY)
            .latestVersion()
            .singleResult()
            .getId();
    // One engine command (so one transaction and one flush) per batch: the starts inside it reuse
    // its command context, and the engine writes each table's rows of the batch in one JDBC batch.
    CommandExecutor commands =
        ((ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration())
            .getCommandExecutorTxRequired();
    long started = System.nanoTime();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(
            pool.submit(
                () -> {
                  while (true) {
                    int first = next.getAndAdd(batch);
                    if (first >= count) {
                      return null;
                    }
                    int end = Math.min(count, first + batch);
                    commands.execute(
                        context -> startAll(runtime, definition, end - first, activity));
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (Exception e) {
      throw new IOException("bulk start failed", e);
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    response.setContentType("application/json");
    response.getWriter().printf("{\"started\":%d,\"seconds\":%.3f}%n", count, seconds);
  }

  private Void startAll(
      RuntimeService runtime, String definition, int instances, String activity) {
    for (int i = 0; i < instances; i++) {
      int n = serial.incrementAndGet();
      String code = "BULK-" + n;
      ProcessInstantiationBuilder start =
          runtime
              .createProcessInstanceById(definition)
              .businessKey(code)
              .setVariable("dossierCode", code)
              .setVariable("agency", Dossiers.commune(n % communes));
      if (activity != null && !activity.isBlank()) {
        start.startBeforeActivity(activity);
      }
      start.execute();
    }
    return null;
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
