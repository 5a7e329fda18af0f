package vn.motcua.engine.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.xml.ModelException;
import org.xml.sax.SAXException;
import vn.motcua.engine.ElementProblem;
import vn.motcua.engine.EngineLists;
import vn.motcua.engine.internal.ResourceRules.Finding;

/**
 * The first pre-deployer: refuses a new deployment whose resources are too large, not XML, carry a
 * DOCTYPE, or hold expressions, scripts or classes the {@link ResourceRules} do not allow. It
 * throws the engine's {@link ParseException}, which the engine REST API answers with 400 and each
 * problem (element id and reason), exactly like the procedure validation behind it; from the Java
 * API the caller gets the same exception. Nothing is deployed.
 */
final class DeploymentSafety implements Deployer {

  private final ResourceRules rules;
  private final long maxResourceBytes;

  DeploymentSafety(ResourceRules rules, long maxResourceBytes) {
    this.rules = rules;
    this.maxResourceBytes = maxResourceBytes;
  }

  /** Puts this deployer before every other pre-deployer, whichever plugin registers first. */
  void install(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreDeployers(
        EngineLists.prepend(configuration.getCustomPreDeployers(), this));
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      List<Finding> findings = check(resource);
      if (!findings.isEmpty()) {
        throw refusal(resource.getName(), findings);
      }
    }
  }

  private List<Finding> check(ResourceEntity resource) {
    String name = resource.getName();
    byte[] bytes = resource.getBytes() == null ? new byte[0] : resource.getBytes();
    if (bytes.length > maxResourceBytes) {
      return List.of(
          new Finding(
              name,
              "tệp %s quá lớn: %d byte, tối đa %d (resource too large)"
                  .formatted(name, bytes.length, maxResourceBytes)));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".cmmn") || lower.endsWith(".cmmn10.xml") || lower.endsWith(".cmmn11.xml")) {
      return List.of(new Finding(name, "CMMN không được dùng (CMMN is not used by the product)"));
    }
    if (!isProcessModel(lower)) {
      return List.of();
    }
    try {
      List<Finding> findings = rules.check(SafeXml.parse(bytes).getDocumentElement());
      return findings.isEmpty() ? schema(name, lower, bytes) : findings;
    } catch (SAXException e) {
      return List.of(
          new Finding(
              name,
              "tệp %s không phải XML hợp lệ hoặc có DOCTYPE (not well-formed XML,".formatted(name)
                  + " or a DOCTYPE, which is not allowed): "
                  + e.getMessage()));
    } catch (IOException e) {
      return List.of(new Finding(name, "không đọc được tệp (unreadable): " + e.getMessage()));
    }
  }

  /**
   * The model schema, checked here because a schema error surfacing later (in the procedure
   * validation's model read) is not a ParseException and the REST API would answer 500.
   */
  private static List<Finding> schema(String name, String lower, byte[] bytes) {
    try {
      if (lower.contains(".bpmn")) {
        Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
      } else {
        Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
      }
      return List.of();
    } catch (ModelException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return List.of(
          new Finding(
              name,
              "tệp %s không đúng lược đồ BPMN/DMN (does not match the schema): %s"
                  .formatted(name, cause.getMessage())));
    }
  }

  /** The resources the engine parses as models (BpmnDeployer, DecisionDefinitionDeployer). */
  static boolean isProcessModel(String lowerName) {
    return lowerName.endsWith(".bpmn")
        || lowerName.endsWith(".bpmn20.xml")
        || lowerName.endsWith(".dmn")
        || lowerName.endsWith(".dmn11.xml");
  }

  private static ParseException refusal(String resource, List<Finding> findings) {
    List<Problem> problems =
        findings.stream()
            .map(f -> (Problem) new ElementProblem(f.message(), f.elementId()))
            .toList();
    String message =
        "Triển khai bị từ chối / deployment refused, "
            + resource
            + ": "
            + String.join(
                "; ", findings.stream().map(f -> f.elementId() + ": " + f.message()).toList());
    return new ParseException(message, resource, problems, List.of());
  }
}
