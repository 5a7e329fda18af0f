package vn.motcua.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;
import vn.motcua.engine.internal.ExpressionAllowList.Place;

/**
 * The allow-list against every expression the product's BPMN files use (all pass) and against the
 * exploit of issue 18 and its variants (all refused), in deployments and in Tasklist filters.
 */
class ExpressionAllowListUnitTests {

  /** Stands in for the Spring context: a few of the application's bean names. */
  private static final Set<String> APPLICATION_BEANS =
      Set.of("dataSource", "processEngine", "repositoryService", "deadlines", "recipients");

  private final ExpressionAllowList allowList =
      new ExpressionAllowList(APPLICATION_BEANS::contains);
  private final ResourceRules rules = new ResourceRules(allowList);

  static final String EXPLOIT =
      "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)"
          + ".exec(\"touch /tmp/pwned\")}";

  @Test
  void everyBpmnOfTheProductPasses() throws Exception {
    List<Path> files;
    try (Stream<Path> processes = Files.list(Path.of("processes"));
        Stream<Path> tests = Files.list(Path.of("src/test/resources/bpmn"))) {
      files = Stream.concat(processes, tests).filter(f -> f.toString().endsWith(".bpmn")).toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(13);
    for (Path file : files) {
      assertThat(findings(Files.readAllBytes(file))).as(file.toString()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${deadlines.stepDue(execution)}",
        "${dossierLifecycle.moveTo(execution, approvalDecision == 'APPROVE' ? 'RETURNED' : 'REJECTED')}",
        "${notifications.send(dedupKey, recipients, 'Hồ sơ mới', 'Có hồ sơ mới cần xử lý.', null)}",
        "${organization.partner(agency, 'TAX')}",
        "${escalationLadder.stepRungAt(execution, 'OVERDUE')}",
        "${receptionDecision == 'REFUSE'}",
        "${applicant.address['ward']}",
        "${applicants[0]}",
        "${form[fieldName]}",
        "${execution.processBusinessKey}",
        "${not empty agency and fee > 0}",
        "hồ sơ ${code} của ${agency}",
        "${now()}",
        "${notifications.send('', recipients, '', '', null)}"
      })
  void deploymentExpressionsThatOnlyReadOrCallPublishedBeansPass(String expression) {
    assertThat(allowList.problems(expression, Place.DEPLOYMENT)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        EXPLOIT,
        "${''.getClass()}",
        "${''.class}",
        "${''['cla'.concat('ss')]}",
        "${''['class']}",
        "${x['class'].forName('java.lang.Runtime')}",
        "${agency.toString()}",
        "${execution.getVariable('x')}",
        "${execution.processEngineServices.runtimeService}",
        "${execution['processEngine']}",
        "${deadlines.toString()}",
        "${deadlines}",
        "${deadlines.class}",
        "${dataSource.connection}",
        "${repositoryService.createDeployment()}",
        "${(dossierLifecycle).moveTo(execution, 'RETURNED').getClass()}",
        "${fn:exec('ls')}",
        "#{''.getClass()}",
        "${T(java.lang.Runtime).getRuntime()}",
        "${unclosed"
      })
  void everythingElseIsRefused(String expression) {
    assertThat(allowList.problems(expression, Place.DEPLOYMENT)).isNotEmpty();
  }

  @Test
  void aDelegateExpressionMayNotNameAnApplicationBean() {
    // Bare, a name is a process variable first (recipients) and only passed as a value; as a
    // delegate it would be invoked.
    assertThat(allowList.problems("${processEngine}", Place.DEPLOYMENT)).isEmpty();
    assertThat(allowList.problems("${processEngine}", Place.DELEGATE)).isNotEmpty();
    assertThat(allowList.problems("${deadlines}", Place.DELEGATE)).isNotEmpty();
    assertThat(allowList.problems("${processEngine.name}", Place.DEPLOYMENT)).isNotEmpty();
    assertThat(allowList.problems("${recipients[0]}", Place.DEPLOYMENT)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${currentUser()}",
        "${currentUserGroups()}",
        "${now()}",
        "${dateTime()}",
        "${dateTime().plusDays(-2).toDate()}",
        "${dateTime().withTimeAtStartOfDay().minusHours(1).toDate()}"
      })
  void tasklistFilterExpressionsPass(String expression) {
    assertThat(allowList.problems(expression, Place.FILTER)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        EXPLOIT,
        "${deadlines.stepDue(execution)}",
        "${dataSource}",
        "${dateTime().getClass()}",
        "${now().getClass().forName('java.lang.Runtime')}",
        "${currentUser().concat('x')}",
        "${dateTime().toDate().getClass()}"
      })
  void otherFilterExpressionsAreRefused(String expression) {
    assertThat(allowList.problems(expression, Place.FILTER)).isNotEmpty();
  }

  @Test
  void theExploitInAServiceTaskIsRefusedNamingTheTask() throws Exception {
    String bpmn =
        process(
            "<bpmn:serviceTask id=\"Task_Exploit\" camunda:expression=\""
                + EXPLOIT.replace("\"", "&quot;")
                + "\" />");
    assertThat(findings(bpmn.getBytes()))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.elementId()).isEqualTo("Task_Exploit"))
        .anySatisfy(f -> assertThat(f.message()).contains("getClass"));
  }

  @Test
  void scriptsClassesAndScriptConditionsAreRefused() throws Exception {
    String bpmn =
        process(
            "<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"juel\">"
                + "<bpmn:script>${1}</bpmn:script></bpmn:scriptTask>"
                + "<bpmn:serviceTask id=\"Task_Class\" camunda:class=\"java.lang.Object\" />"
                + "<bpmn:serviceTask id=\"Task_Listener\"><bpmn:extensionElements>"
                + "<camunda:executionListener event=\"start\">"
                + "<camunda:script scriptFormat=\"groovy\" resource=\"x.groovy\" />"
                + "</camunda:executionListener></bpmn:extensionElements></bpmn:serviceTask>"
                + "<bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"a\" targetRef=\"b\">"
                + "<bpmn:conditionExpression language=\"javascript\">true</bpmn:conditionExpression>"
                + "</bpmn:sequenceFlow>");
    assertThat(findings(bpmn.getBytes()))
        .extracting(ResourceRules.Finding::elementId)
        .contains("Task_Script", "Task_Class", "Task_Listener", "Flow_1");
  }

  @Test
  void aDoctypeIsNotReadAtAll() {
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<lolz>&lol2;</lolz>";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SafeXml.parse(laughs.getBytes()))
        .isInstanceOf(SAXException.class)
        .hasMessageContaining("DOCTYPE");
  }

  private List<ResourceRules.Finding> findings(byte[] xml) throws IOException, SAXException {
    return rules.check(SafeXml.parse(xml).getDocumentElement());
  }

  private static String process(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"d\">"
        + "<bpmn:process id=\"p\" isExecutable=\"true\">"
        + body
        + "</bpmn:process></bpmn:definitions>";
  }
}
