package vn.motcua.catalogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code processes/*.bpmn} and {@code forms/*.form} on the classpath as one
 * deployment named {@value #DEPLOYMENT_NAME}, with resource names {@code processes/<file>} and
 * {@code forms/<file>}. Camunda's duplicate filtering makes an unchanged restart deploy nothing;
 * when anything changed, everything is deployed again so that {@code formRefBinding="deployment"}
 * always finds the forms beside their process. The engine's deployment lock serialises nodes that
 * start together.
 *
 * <p>Hand-written instead of Camunda's Spring auto-deployment because that one skips {@code .form}
 * by default and names resources by their absolute file path, which changes between a checkout and
 * the packaged jar.
 */
@Component
public class ProcedureDeployer {

  public static final String DEPLOYMENT_NAME = "motcua";
  static final String[] FOLDERS = {"processes/*.bpmn", "forms/*.form"};

  private static final Logger log = LoggerFactory.getLogger(ProcedureDeployer.class);

  private final RepositoryService repository;
  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();

  ProcedureDeployer(RepositoryService repository) {
    this.repository = repository;
    deploy();
  }

  /** Deploys what changed; returns the new deployment's id, or null when nothing changed. */
  public String deploy() {
    DeploymentBuilder builder =
        repository
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("motcua-startup")
            .enableDuplicateFiltering(false);
    for (String pattern : FOLDERS) {
      String folder = pattern.substring(0, pattern.indexOf('/'));
      for (Resource resource : resources("classpath*:" + pattern)) {
        try (InputStream in = resource.getInputStream()) {
          builder.addInputStream(folder + "/" + resource.getFilename(), in);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + resource, e);
        }
      }
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    var definitions = deployment.getDeployedProcessDefinitions();
    boolean fresh = definitions != null && !definitions.isEmpty();
    log.info(
        "Procedures deployment {}: {}",
        deployment.getId(),
        fresh ? "new version deployed" : "unchanged");
    return fresh ? deployment.getId() : null;
  }

  private Resource[] resources(String pattern) {
    try {
      return resolver.getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + pattern, e);
    }
  }
}
