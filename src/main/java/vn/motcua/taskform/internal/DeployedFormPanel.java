package vn.motcua.taskform.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriUtils;

/**
 * Rewrites a step's Camunda Form as it is served ({@code GET …/task/{id}/deployed-form}, which
 * Tasklist loads, on the engine REST API and behind the webapps): a form-js {@code text} component
 * with the dossier's panel ({@link DossierPanel}) goes first. It has no key, so it submits nothing
 * and the fields a completion may write are unchanged. The engine answers first, with its own
 * authorization (a task the caller may not read is refused as before); the panel is added only for
 * an official who may read the dossier, else the form is served as deployed.
 */
class DeployedFormPanel extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DeployedFormPanel.class);
  private static final Pattern PATH =
      Pattern.compile(
          "(?:/camunda/api/engine/engine/[^/]+|/engine-rest(?:/engine/[^/]+)?)"
              + "/task/([^/]+)/deployed-form/?");
  static final String COMPONENT_ID = "Text_MotcuaDossierPanel";

  private final PanelFacts facts;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final MessageSource messages;
  private final LocaleResolver locales;
  private final Clock clock;
  private final ObjectMapper json;

  DeployedFormPanel(
      PanelFacts facts,
      TaskService tasks,
      RuntimeService runtime,
      IdentityService identity,
      MessageSource messages,
      LocaleResolver locales,
      Clock clock,
      ObjectMapper json) {
    this.facts = facts;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.messages = messages;
    this.locales = locales;
    this.clock = clock;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || taskId(request) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, captured);
    byte[] body = captured.getContentAsByteArray();
    String type = captured.getContentType();
    if (captured.getStatus() == 200
        && type != null
        && type.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
      byte[] withPanel = withPanel(request, taskId(request), body);
      if (withPanel != body) {
        captured.resetBuffer();
        captured.getOutputStream().write(withPanel);
      }
    }
    captured.copyBodyToResponse();
  }

  /** The form with the panel first, or {@code form} itself when there is no panel to show. */
  private byte[] withPanel(HttpServletRequest request, String taskId, byte[] form) {
    try {
      JsonNode root = json.readTree(form);
      if (!(root instanceof ObjectNode schema) || !(root.get("components") instanceof ArrayNode)) {
        return form;
      }
      String text = panel(request, taskId);
      if (text == null) {
        return form;
      }
      ObjectNode component = json.createObjectNode();
      component.put("type", "text");
      component.put("id", COMPONENT_ID);
      component.put("text", text);
      ((ArrayNode) schema.get("components")).insert(0, component);
      return json.writeValueAsBytes(schema);
    } catch (IOException | RuntimeException e) {
      log.warn("task {}: form served without the dossier panel: {}", taskId, e.toString());
      return form;
    }
  }

  private String panel(HttpServletRequest request, String taskId) {
    Task task = asProduct(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
    if (task == null || task.getProcessInstanceId() == null) {
      return null;
    }
    ProcessInstance instance =
        asProduct(
            () ->
                runtime
                    .createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .singleResult());
    String code = instance == null ? null : instance.getBusinessKey();
    if (code == null) {
      return null;
    }
    var dossier = readable(code);
    if (dossier == null) {
      return null;
    }
    var history = facts.history(code);
    Locale locale = locales.resolveLocale(request);
    DossierPanel panel =
        new DossierPanel(
            (key, args) -> messages.getMessage(key, args, key, locale), clock.getZone());
    return panel.render(
        asProduct(() -> facts.of(task, dossier, history, request.getContextPath())));
  }

  /** The dossier, if the caller may read it (the same rule as the dossier API). */
  private vn.motcua.dossier.DossierSummary readable(String code) {
    try {
      return facts.dossier(code);
    } catch (AccessDeniedException | ErrorResponseException e) {
      log.debug("no panel on dossier {}: {}", code, e.toString());
      return null;
    }
  }

  /** Runs {@code work} without the caller's engine authentication: read as the product. */
  private <T> T asProduct(Supplier<T> work) {
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private static String taskId(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher m = PATH.matcher(path);
    return m.matches() ? UriUtils.decode(m.group(1), StandardCharsets.UTF_8) : null;
  }
}
