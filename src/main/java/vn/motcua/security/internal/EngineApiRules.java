package vn.motcua.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * What an official who is not an administrator may call on the engine REST API ({@code
 * /engine-rest/**}) and on the same resources behind the webapps ({@code
 * /camunda/api/engine/engine/{name}/**}): what Tasklist needs to list, open, claim and complete the
 * official's own steps, and nothing else. An allow-list: a path not named here is for
 * administrators. Camunda's own authorizations still decide which tasks and definitions the
 * official sees; these rules only narrow which kinds of calls reach the engine at all.
 * Hand-written: Camunda 7 has no switch to narrow its REST API per user (camunda-facts §11.3).
 */
final class EngineApiRules {

  /** What the guard does with a call. */
  enum Verdict {
    /** Anyone logged in. */
    OPEN,
    /** Administrators only. */
    ADMIN,
    /** Claim: officials may claim for themselves only. */
    CLAIM,
    /** Completion: everyone, administrators too, with the task form's fields only. */
    FORM,
    /**
     * A password set through Camunda (Admin's user creation, a password change): administrators, or
     * an official for their own account, and only a password the policy accepts.
     */
    PASSWORD,
    /**
     * Tasklist's "Start process" with a procedure's start form: reception officers (and
     * administrators) only, without a business key (the dossier gets its code).
     */
    START
  }

  private static final String ID = "[^/]+";

  /** GET (and HEAD, OPTIONS) reads Tasklist makes. */
  private static final List<Pattern> READS =
      patterns(
          "filter",
          "filter/count",
          "filter/" + ID,
          "filter/" + ID + "/(list|count|singleResult)",
          "task",
          "task/count",
          "task/" + ID,
          "task/" + ID + "/(form|deployed-form|form-variables|rendered-form|identity-links)",
          "task/" + ID + "/(comment|attachment)(/" + ID + ")?",
          "task/" + ID + "/(variables|localVariables)(/" + ID + "(/data)?)?",
          "process-definition",
          "process-definition/count",
          "process-definition/(key/"
              + ID
              + "(/tenant-id/"
              + ID
              + ")?|(?!statistics$|key$)"
              + ID
              + ")"
              + "(/(xml|diagram|startForm|deployed-start-form|form-variables|rendered-form))?",
          "authorization/check",
          "password-policy",
          "version");

  /** POST calls that only read (queries with a body). */
  private static final List<Pattern> QUERIES =
      patterns("task", "task/count", "filter/" + ID + "/(list|count|singleResult)");

  private static final Pattern CLAIM = Pattern.compile("task/" + ID + "/claim");
  private static final Pattern COMPLETE =
      Pattern.compile("task/(" + ID + ")/(complete|submit-form)");
  private static final Pattern START =
      Pattern.compile(
          "process-definition/(key/" + ID + "(/tenant-id/" + ID + ")?|" + ID + ")/submit-form");
  private static final Pattern OWN_PROFILE = Pattern.compile("user/(" + ID + ")/profile");
  private static final Pattern CREDENTIALS = Pattern.compile("user/(" + ID + ")/credentials");
  private static final Pattern PLUGIN_ASSETS =
      Pattern.compile("/camunda/api/(tasklist|welcome)/plugin/[^/]+/static/.*");
  private static final Pattern NAMED_ENGINE = Pattern.compile("engine/" + ID + "(/(.*))?");

  private EngineApiRules() {}

  /**
   * The verdict on {@code method path} (path without the context path) for {@code user}; {@code
   * parameter} reads the query parameters.
   */
  static Verdict of(String method, String path, Function<String, String> parameter, String user) {
    if (path.startsWith("/engine-rest/") || path.equals("/engine-rest")) {
      String rest = strip(path.substring("/engine-rest".length()));
      if (rest.equals("engine")) {
        return read(method) ? Verdict.OPEN : Verdict.ADMIN;
      }
      var named = NAMED_ENGINE.matcher(rest);
      return engine(
          method, named.matches() ? strip(nullToEmpty(named.group(2))) : rest, parameter, user);
    }
    if (path.startsWith("/camunda/api/engine/engine")) {
      String rest = strip(path.substring("/camunda/api/engine/engine".length()));
      if (rest.isEmpty()) {
        return read(method) ? Verdict.OPEN : Verdict.ADMIN;
      }
      int slash = rest.indexOf('/');
      return engine(method, slash < 0 ? "" : strip(rest.substring(slash + 1)), parameter, user);
    }
    if ("GET".equals(method) && PLUGIN_ASSETS.matcher(path).matches()) {
      return Verdict.OPEN; // Tasklist's (and the welcome page's) plugin scripts and styles
    }
    if (path.startsWith("/camunda/api/admin/auth/")) {
      return Verdict.OPEN; // every webapp asks who is logged in, and logs out, through it
    }
    if (path.startsWith("/camunda/api/")
        || path.startsWith("/camunda/app/cockpit")
        || path.startsWith("/camunda/app/admin")) {
      return Verdict.ADMIN; // Cockpit and Admin, their plugins and their statistics
    }
    return Verdict.OPEN; // the Tasklist and welcome pages and their assets
  }

  private static Verdict engine(
      String method, String resource, Function<String, String> parameter, String user) {
    if (read(method)) {
      if (matches(READS, resource)) {
        return Verdict.OPEN;
      }
      var profile = OWN_PROFILE.matcher(resource);
      if (profile.matches() && profile.group(1).equals(user)) {
        return Verdict.OPEN;
      }
      if (resource.equals("identity/groups") && user.equals(parameter.apply("userId"))) {
        return Verdict.OPEN;
      }
      if (resource.startsWith("history/user-operation") && parameter.apply("taskId") != null) {
        return Verdict.OPEN; // the history tab of an open task
      }
      return Verdict.ADMIN;
    }
    if ("POST".equals(method)) {
      if (matches(QUERIES, resource)) {
        return Verdict.OPEN;
      }
      if (CLAIM.matcher(resource).matches()) {
        return Verdict.CLAIM;
      }
      if (COMPLETE.matcher(resource).matches()) {
        return Verdict.FORM;
      }
      if (START.matcher(resource).matches()) {
        return Verdict.START;
      }
      if (resource.equals("user/create")) {
        return Verdict.PASSWORD;
      }
    }
    if ("PUT".equals(method) && CREDENTIALS.matcher(resource).matches()) {
      return Verdict.PASSWORD;
    }
    return Verdict.ADMIN;
  }

  /** The account whose password {@code PUT user/{id}/credentials} sets, else null. */
  static String credentialsOf(String path) {
    var m =
        CREDENTIALS.matcher(path.substring(path.indexOf("user/") < 0 ? 0 : path.indexOf("user/")));
    return m.matches() ? m.group(1) : null;
  }

  /**
   * The task id of a completion path, else null; decoded as the engine's REST layer decodes it, so
   * that {@code task/%61bc/complete} is checked as task {@code abc}.
   */
  static String completedTask(String path) {
    var matcher = COMPLETE.matcher(path);
    return matcher.find() ? UriUtils.decode(matcher.group(1), StandardCharsets.UTF_8) : null;
  }

  private static boolean read(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  private static boolean matches(List<Pattern> patterns, String resource) {
    return patterns.stream().anyMatch(pattern -> pattern.matcher(resource).matches());
  }

  private static String strip(String path) {
    String stripped = path;
    while (stripped.startsWith("/")) {
      stripped = stripped.substring(1);
    }
    while (stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static List<Pattern> patterns(String... regexes) {
    return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
  }
}
