package vn.motcua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Birth registration (same day, 15:00 cut-off) with one pause reason declared for tests of the
 * legal clock, since its own law grants none: {@value #CODE} ({@value #LABEL}), for specialists,
 * unit heads and leaders. Deployed as {@value #KEY} and deleted again by the test; another
 * procedure can be copied the same way ({@link #deploy(RepositoryService, String, String)}).
 */
public final class ClockTestProcedure {

  public static final String KEY = "birth-registration-clock-test";
  public static final String CODE = "VERIFICATION_TEST";
  public static final String LABEL = "Chờ xác minh thông tin khai sinh";

  /** A second reason, for specialists, that may hold the clock at most 1 working day. */
  public static final String SHORT = "SHORT_TEST";

  private ClockTestProcedure() {}

  public static void deploy(RepositoryService repository) {
    deploy(repository, "birth-registration", KEY);
  }

  /**
   * Deploys a copy of {@code procedure} (processes/{@code procedure}.bpmn and its forms) as {@code
   * key}, with the two test reasons declared; {@link #undeploy(RepositoryService, String)} deletes
   * it.
   */
  public static void deploy(RepositoryService repository, String procedure, String key) {
    deployCopy(
        repository,
        procedure,
        key,
        Map.of(
            "<camunda:property name=\"supplementClockRule\"",
            "<camunda:property name=\"pauseReason."
                + CODE
                + "\" value=\""
                + LABEL
                + " | Thử nghiệm (không phải căn cứ pháp lý thật) | specialist, unit-head,"
                + " leader\" />\n        <camunda:property name=\"pauseReason."
                + SHORT
                + "\" value=\"Chờ ý kiến ngắn | Thử nghiệm | specialist | 1\" />"
                + "\n        <camunda:property name=\"supplementClockRule\""));
  }

  /**
   * Deploys a copy of {@code processes/<source>.bpmn} and its forms ({@code forms/<source>-*}) as
   * the procedure {@code key}, each of {@code replacements} applied to the BPMN; {@link
   * #undeploy(RepositoryService, String)} deletes it.
   */
  public static void deployCopy(
      RepositoryService repository, String source, String key, Map<String, String> replacements) {
    try {
      String bpmn =
          Files.readString(Path.of("processes", source + ".bpmn"))
              .replace("\"" + source + "\"", "\"" + key + "\"")
              .replace("bpmnElement=\"" + source + "\"", "bpmnElement=\"" + key + "\"");
      for (Map.Entry<String, String> replacement : replacements.entrySet()) {
        bpmn = bpmn.replace(replacement.getKey(), replacement.getValue());
      }
      DeploymentBuilder deployment =
          repository.createDeployment().name(key).addString("processes/" + key + ".bpmn", bpmn);
      try (var files = Files.list(Path.of("forms"))) {
        for (Path form :
            files
                .filter(
                    f ->
                        f.getFileName().toString().startsWith(source + "-")
                            || f.getFileName().toString().equals("apology-letter.form"))
                .toList()) {
          deployment.addString("forms/" + form.getFileName(), Files.readString(form));
        }
      }
      deployment.deploy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void undeploy(RepositoryService repository) {
    undeploy(repository, KEY);
  }

  /** Deletes every deployment of the copy {@code key}, with its process instances. */
  public static void undeploy(RepositoryService repository, String key) {
    repository
        .createDeploymentQuery()
        .deploymentName(key)
        .list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  /** A counter dossier of the test procedure at {@code agency}. */
  public static Map<String, Object> dossier(String agency) {
    Map<String, Object> body = new HashMap<>(DemoData.birthRegistration(agency));
    body.put("procedure", KEY);
    return body;
  }
}
