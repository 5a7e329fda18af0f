package vn.motcua.studio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureChecks;

/**
 * The deployed versions of a procedure and their sources: the BPMN and every form it references,
 * read from that version's own deployment.
 */
@Component
class StudioSources {

  /** One version's model, as the studio edits it. */
  record Source(
      String key, int version, String definitionId, String bpmn, Map<String, JsonNode> forms) {}

  private final RepositoryService repository;
  private final ProcedureChecks checks;
  private final ObjectMapper json;

  StudioSources(RepositoryService repository, ProcedureChecks checks, ObjectMapper json) {
    this.repository = repository;
    this.checks = checks;
    this.json = json;
  }

  /** The versions of the process {@code key}, newest first. */
  List<ProcessDefinition> versions(String key) {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .orderByProcessDefinitionVersion()
        .desc()
        .list();
  }

  /** Version {@code version} of {@code key}, the latest when null. */
  ProcessDefinition version(String key, Integer version) {
    var query = repository.createProcessDefinitionQuery().processDefinitionKey(key);
    ProcessDefinition found =
        version == null
            ? query.latestVersion().singleResult()
            : query.processDefinitionVersion(version).singleResult();
    if (found == null) {
      throw new StudioProblems.UnknownProcedure(key, version);
    }
    return found;
  }

  Source source(ProcessDefinition definition) {
    String deploymentId = definition.getDeploymentId();
    String bpmn = text(deploymentId, definition.getResourceName());
    Set<String> referenced = checks.formsReferenced(bpmn);
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    for (Resource resource : repository.getDeploymentResources(deploymentId)) {
      if (!resource.getName().endsWith(".form")) {
        continue;
      }
      try {
        JsonNode form = json.readTree(text(deploymentId, resource.getName()));
        String id = form.path("id").asText("");
        if (referenced.contains(id)) {
          forms.put(id, form);
        }
      } catch (IOException e) {
        // a form the engine deployed but that is no JSON: not one the BPMN can use
      }
    }
    return new Source(
        definition.getKey(), definition.getVersion(), definition.getId(), bpmn, forms);
  }

  private String text(String deploymentId, String resourceName) {
    try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
