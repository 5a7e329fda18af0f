package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.motcua.DemoData;
import vn.motcua.IntegrationTest;
import vn.motcua.web.JsonBodies.Leaf;

/**
 * Every JSON endpoint of ours, found in Spring's handler mapping (a new endpoint is covered without
 * touching this test), fed the malformed values the probe used: a NUL character in each string and
 * key, a key twice, years -999999999, +1000000 and 99999 in each date, a 1 MB string, null in each
 * list, a wrong type in each typed field, truncated JSON, deep nesting; GET endpoints NUL and huge
 * query parameters. As an administrator and as a reception official, so that bodies are read. No
 * answer is a 500, and every refusal is a problem detail with a title and a detail.
 */
@IntegrationTest
class JsonFuzzIntegrationTests {

  private static final String MEGABYTE = "x".repeat(1_000_000);
  private static final Set<String> USERS = Set.of("admin", "tiepnhan.anbinh");

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired ObjectMapper json;

  private final HttpClient client = HttpClient.newHttpClient();
  private final List<String> failures = new ArrayList<>();
  private int requests;
  private int bodyEndpoints;
  private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

  @AfterEach
  void resetClock() {
    ClockUtil.reset(); // in case the demo clock endpoint accepted anything
  }

  @Test
  void noMalformedBodyOrParameterGetsA500AndEveryRefusalIsAProblem() throws Exception {
    String dossier = receiveADossier();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      HandlerMethod handler = entry.getValue();
      if (!ours(handler)) {
        continue;
      }
      for (String pattern : entry.getKey().getPathPatternsCondition().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        String path = fill(pattern, handler, dossier);
        Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          MethodParameter body = bodyParameter(handler);
          if (body != null && method != RequestMethod.GET) {
            fuzzBody(
                method.name(),
                path,
                body,
                pattern.equals("/api/dossiers")
                    ? DemoData.birthRegistration(DemoData.AN_BINH)
                    : null);
          } else if (method == RequestMethod.GET) {
            fuzzParameters(path, handler);
          }
        }
      }
    }
    System.out.printf(
        "Fuzzed %d requests, %d JSON bodies; answers by status: %s%n",
        requests, bodyEndpoints, statuses);
    assertThat(bodyEndpoints).as("endpoints with a JSON body").isGreaterThanOrEqualTo(15);
    assertThat(requests).as("requests sent").isGreaterThan(300);
    assertThat(failures).isEmpty();
  }

  private void fuzzBody(String method, String path, MethodParameter parameter, Object example)
      throws IOException, InterruptedException {
    bodyEndpoints++;
    Type type = parameter.getGenericParameterType();
    Object skeleton = JsonBodies.skeleton(type, example);
    String valid = json.writeValueAsString(skeleton);
    Map<String, String> refused = new LinkedHashMap<>();
    Map<String, String> anyAnswer = new LinkedHashMap<>();
    for (Leaf leaf : JsonBodies.leaves(skeleton, type)) {
      String at = leaf.name();
      switch (leaf.kind()) {
        case TEXT -> {
          refused.put("NUL in " + at, spoil(skeleton, leaf, "a\u0000b"));
          refused.put("1 MB in " + at, spoil(skeleton, leaf, MEGABYTE));
          if (leaf.typed()) {
            refused.put("object for " + at, spoil(skeleton, leaf, Map.of("x", 1)));
          }
        }
        case DATE -> {
          for (String year : List.of("-999999999-01-01", "+1000000-01-01", "99999-01-01")) {
            (leaf.typed() ? refused : anyAnswer)
                .put(year + " in " + at, spoil(skeleton, leaf, year));
          }
          if (leaf.typed()) {
            refused.put("99999 in " + at, spoil(skeleton, leaf, 99_999_999_999L));
          }
          refused.put("NUL in " + at, spoil(skeleton, leaf, "2026\u0000-01-01"));
        }
        case NUMBER, OTHER_SCALAR -> {
          if (leaf.typed()) {
            refused.put("object for " + at, spoil(skeleton, leaf, Map.of("x", 1)));
          }
        }
        case LIST -> {
          List<Object> withNull = new ArrayList<>();
          withNull.add(null);
          if (leaf.typed()) {
            refused.put("null in " + at, spoil(skeleton, leaf, withNull));
            refused.put("text for " + at, spoil(skeleton, leaf, "text"));
          }
        }
        case OBJECT -> {
          if (leaf.typed()) {
            refused.put("text for " + at, spoil(skeleton, leaf, "text"));
          }
          refused.put("NUL key in " + at, spoil(skeleton, leaf, Map.of("k\u0000", "v")));
        }
      }
    }
    if (valid.startsWith("{") && valid.length() > 2) {
      Matcher first = Pattern.compile("^\\{(\"[^\"]*\":(?:\"[^\"]*\"|[^,{\\[]*))").matcher(valid);
      if (first.find()) {
        refused.put("duplicate key", "{" + first.group(1) + "," + valid.substring(1));
      }
      refused.put("NUL key", "{\"a\\u0000b\":1," + valid.substring(1));
    }
    refused.put("truncated", valid.substring(0, valid.length() - 1));
    refused.put("deep nesting", "{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}");
    refused.put("not JSON", "<xml/>");
    for (String user : USERS) {
      for (Map.Entry<String, String> mutation : refused.entrySet()) {
        check(user, method, path, mutation.getKey(), mutation.getValue(), true);
      }
      for (Map.Entry<String, String> mutation : anyAnswer.entrySet()) {
        check(user, method, path, mutation.getKey(), mutation.getValue(), false);
      }
    }
  }

  private void fuzzParameters(String path, HandlerMethod handler)
      throws IOException, InterruptedException {
    List<String> names = new ArrayList<>();
    for (MethodParameter parameter : handler.getMethodParameters()) {
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      if (param != null) {
        String name = !param.name().isEmpty() ? param.name() : param.value();
        names.add(!name.isEmpty() ? name : parameter.getParameterName());
      }
    }
    names.add("fuzz");
    for (String user : USERS) {
      for (String name : names) {
        for (String value :
            List.of(
                "%00",
                "a%00b", "x".repeat(6_000), "-999999999-01-01", "%2B1000000-01-01", "99999")) {
          String target = path + (path.contains("?") ? "&" : "?") + name + "=" + value;
          check(user, "GET", target, name + "=" + abbreviate(value), null, false);
        }
      }
      check(user, "GET", path + "/%00", "NUL in the path", null, true);
    }
  }

  private void check(
      String user, String method, String target, String what, String body, boolean mustRefuse)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
            .header("Authorization", basic(user))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    requests++;
    int status = response.statusCode();
    statuses.merge(status, 1, Integer::sum);
    String where = user + " " + method + " " + abbreviate(target) + " [" + what + "] → " + status;
    if (status >= 500) {
      failures.add(where + ": " + abbreviate(response.body()));
      return;
    }
    if (mustRefuse && status < 400) {
      failures.add(where + ": accepted");
      return;
    }
    if (status >= 400) {
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith("application/problem+json")) {
        failures.add(where + ": content type " + type);
        return;
      }
      // a plain mapper: an answer may quote the NUL it refuses, which the application's refuses
      JsonNode problem = new ObjectMapper().readTree(response.body());
      if (problem.path("title").asText().isBlank() || problem.path("detail").asText().isBlank()) {
        failures.add(where + ": no title or detail in " + abbreviate(response.body()));
      }
    }
  }

  private String spoil(Object skeleton, Leaf leaf, Object value) throws IOException {
    return json.writeValueAsString(JsonBodies.replace(skeleton, leaf.path(), value));
  }

  private static boolean ours(HandlerMethod handler) {
    return handler.getBeanType().getPackageName().startsWith("vn.motcua")
        && (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
            || handler.hasMethodAnnotation(ResponseBody.class));
  }

  private static MethodParameter bodyParameter(HandlerMethod handler) {
    for (MethodParameter parameter : handler.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)) {
        return parameter;
      }
    }
    return null;
  }

  /** Path variables: a real dossier, a year, a number, An Bình, or a made-up id. */
  private static String fill(String pattern, HandlerMethod handler, String dossier) {
    Matcher variables = Pattern.compile("\\{([^}/]+)}").matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (variables.find()) {
      String name = variables.group(1).replaceAll("[:*].*", "");
      Class<?> type = String.class;
      for (MethodParameter parameter : handler.getMethodParameters()) {
        if (name.equals(parameter.getParameterName())) {
          type = parameter.getParameterType();
        }
      }
      String value =
          name.equals("year")
              ? "2031"
              : type != String.class
                  ? "1"
                  : name.equals("code") && pattern.startsWith("/api/dossiers")
                      ? dossier
                      : name.equals("code") ? DemoData.AN_BINH : "fuzz";
      variables.appendReplacement(path, URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    variables.appendTail(path);
    return path.toString();
  }

  private String receiveADossier() throws IOException, InterruptedException {
    HttpResponse<String> created =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dossiers"))
                .header("Authorization", basic("tiepnhan.anbinh"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(DemoData.birthRegistration(DemoData.AN_BINH))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).isEqualTo(201);
    return json.readTree(created.body()).path("code").asText();
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 160 ? text : text.substring(0, 160) + "…";
  }
}
