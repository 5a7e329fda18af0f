package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.IntegrationTest;
import vn.motcua.catalogue.internal.ProcedureDeployer;

/** Every file in processes/ and forms/ is deployed; an unchanged restart deploys nothing new. */
@IntegrationTest
class ProcedureDeploymentIntegrationTests {

  @Autowired RepositoryService repository;
  @Autowired ProcedureDeployer deployer;
  @Autowired ProcedureCatalogue catalogue;

  @Test
  void everyProcessAndFormOnDiskIsInTheLatestDeployment() throws IOException {
    List<String> onDisk =
        Stream.concat(files("processes", ".bpmn"), files("forms", ".form")).toList();
    assertThat(onDisk)
        .contains("processes/birth-registration.bpmn", "forms/birth-registration-reception.form");

    Deployment latest = latestDeployment();
    assertThat(repository.getDeploymentResourceNames(latest.getId())).containsAll(onDisk);
    for (String bpmn : onDisk.stream().filter(name -> name.endsWith(".bpmn")).toList()) {
      String key = bpmn.substring("processes/".length(), bpmn.length() - ".bpmn".length());
      ProcessDefinition definition =
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey(key)
              .latestVersion()
              .singleResult();
      assertThat(definition).as("process id equals file name for %s", bpmn).isNotNull();
      assertThat(definition.getDeploymentId()).isEqualTo(latest.getId());
    }
  }

  @Test
  void restartWithUnchangedFilesCreatesNoDeployment() {
    long before =
        repository
            .createDeploymentQuery()
            .deploymentName(ProcedureDeployer.DEPLOYMENT_NAME)
            .count();
    String latestBefore = latestDeployment().getId();

    assertThat(deployer.deploy()).isNull();

    assertThat(
            repository
                .createDeploymentQuery()
                .deploymentName(ProcedureDeployer.DEPLOYMENT_NAME)
                .count())
        .isEqualTo(before);
    assertThat(latestDeployment().getId()).isEqualTo(latestBefore);
  }

  @Test
  void catalogueReadsProcedureMetadataFromTheBpmn() {
    Procedure procedure = catalogue.latest("birth-registration").orElseThrow();
    assertThat(procedure.code()).isEqualTo("1.001193");
    assertThat(procedure.name()).isEqualTo("Đăng ký khai sinh");
    assertThat(procedure.legalWorkingDays()).isZero();
    assertThat(procedure.sameDayCutoff()).hasToString("15:00");
    assertThat(procedure.supplementClockRule()).isEqualTo(ClockRule.RESTART);
    assertThat(catalogue.stepBudget(procedure.definitionId(), "Task_Appraisal"))
        .hasValueSatisfying(budget -> assertThat(budget).hasHours(4));
    assertThat(catalogue.latest("no-such-procedure")).isEmpty();
  }

  private Deployment latestDeployment() {
    return repository
        .createDeploymentQuery()
        .deploymentName(ProcedureDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime()
        .desc()
        .listPage(0, 1)
        .get(0);
  }

  private static Stream<String> files(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      return paths
          .map(path -> folder + "/" + path.getFileName())
          .filter(name -> name.endsWith(suffix))
          .sorted()
          .toList()
          .stream();
    }
  }
}
