package vn.motcua.studio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalogue.ModelProblem;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.catalogue.ProcedureChecks.Checked;

/**
 * The studio's API ({@code /api/studio}): procedures and their versions, a version's source, a new
 * procedure from the template, the live checks, publishing, the difference between two versions and
 * the element templates. Administrators only; supervisors also read the list and the differences.
 */
@RestController
@RequestMapping("/api/studio")
class StudioController {

  static final int MAX_BPMN = 2_000_000;
  static final int MAX_NOTE = 1000;

  /** A model as the editor posts it. */
  record Model(String bpmn, Map<String, JsonNode> forms, String changeNote) {}

  record CheckResult(boolean publishable, List<ModelProblem> problems) {}

  record PublishResult(
      String key,
      int version,
      String definitionId,
      String deploymentId,
      Map<String, Integer> diff) {}

  record VersionView(
      int version,
      String definitionId,
      String deploymentId,
      OffsetDateTime deployedAt,
      long runningDossiers,
      String changeNote,
      String changedBy) {}

  record LastChange(OffsetDateTime at, String by, String note) {}

  record ProcedureView(
      String key,
      String name,
      String code,
      int latestVersion,
      List<VersionView> versions,
      LastChange lastChange) {}

  private final StudioAccess access;
  private final StudioChecks checks;
  private final StudioPublisher publisher;
  private final StudioSources sources;
  private final StudioVersions notes;
  private final StudioTemplate template;
  private final StudioElementTemplates elementTemplates;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ProcedureCatalogue catalogue;
  private final ZoneId zone;

  StudioController(
      StudioAccess access,
      StudioChecks checks,
      StudioPublisher publisher,
      StudioSources sources,
      StudioVersions notes,
      StudioTemplate template,
      StudioElementTemplates elementTemplates,
      RepositoryService repository,
      RuntimeService runtime,
      ProcedureCatalogue catalogue,
      java.time.Clock clock) {
    this.access = access;
    this.checks = checks;
    this.publisher = publisher;
    this.sources = sources;
    this.notes = notes;
    this.template = template;
    this.elementTemplates = elementTemplates;
    this.repository = repository;
    this.runtime = runtime;
    this.catalogue = catalogue;
    this.zone = clock.getZone();
  }

  @GetMapping("/procedures")
  List<ProcedureView> procedures() {
    access.requireReader();
    List<ProcedureView> views = new ArrayList<>();
    for (ProcessDefinition latest :
        repository
            .createProcessDefinitionQuery()
            .latestVersion()
            .orderByProcessDefinitionKey()
            .asc()
            .list()) {
      Map<String, String> properties = catalogue.elementProperties(latest.getId(), latest.getKey());
      if ("support".equals(properties.get("kind"))) {
        continue;
      }
      views.add(procedure(latest, properties.get("procedureCode")));
    }
    return views;
  }

  private ProcedureView procedure(ProcessDefinition latest, String code) {
    Map<String, StudioVersions.Note> byDefinition = notes.of(latest.getKey());
    List<VersionView> versions = new ArrayList<>();
    LastChange last = null;
    for (ProcessDefinition d : sources.versions(latest.getKey())) {
      Deployment deployment =
          repository.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult();
      OffsetDateTime at =
          deployment.getDeploymentTime().toInstant().atZone(zone).toOffsetDateTime();
      StudioVersions.Note note = byDefinition.get(d.getId());
      versions.add(
          new VersionView(
              d.getVersion(),
              d.getId(),
              d.getDeploymentId(),
              at,
              runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count(),
              note == null ? null : note.note(),
              note == null ? null : note.by()));
      if (last == null) {
        last =
            note == null
                ? new LastChange(at, null, null)
                : new LastChange(note.at().atZone(zone).toOffsetDateTime(), note.by(), note.note());
      }
    }
    return new ProcedureView(
        latest.getKey(), latest.getName(), code, latest.getVersion(), versions, last);
  }

  @GetMapping("/procedures/{key}/source")
  StudioSources.Source source(
      @PathVariable String key, @RequestParam(required = false) Integer version) {
    access.requireAdmin();
    return sources.source(sources.version(key, version));
  }

  @GetMapping("/template")
  StudioTemplate.Template template(@RequestParam String key, @RequestParam String name) {
    access.requireAdmin();
    if (!StudioChecks.KEY.matcher(key).matches()) {
      throw new StudioProblems.InvalidField("key");
    }
    if (name.isBlank() || name.length() > 255) {
      throw new StudioProblems.InvalidField("name");
    }
    if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0) {
      throw new StudioProblems.ProcedureExists(key);
    }
    return template.create(key, name.strip());
  }

  @PostMapping("/check")
  CheckResult check(@RequestBody Model model) {
    access.requireAdmin();
    validate(model);
    Checked checked = checks.check(model.bpmn(), model.forms());
    return new CheckResult(checked.publishable(), checked.problems());
  }

  @PostMapping("/publish")
  @ResponseStatus(HttpStatus.CREATED)
  PublishResult publish(@RequestBody Model model) {
    access.requireAdmin();
    validate(model);
    String note = model.changeNote() == null ? "" : model.changeNote().strip();
    if (note.isEmpty() || note.length() > MAX_NOTE) {
      throw new StudioProblems.InvalidField("changeNote");
    }
    StudioPublisher.Published published = publisher.publish(model.bpmn(), forms(model), note);
    Map<String, Integer> diff = new LinkedHashMap<>();
    diff.put("from", published.from());
    diff.put("to", published.version());
    return new PublishResult(
        published.key(),
        published.version(),
        published.definitionId(),
        published.deploymentId(),
        diff);
  }

  @GetMapping("/procedures/{key}/diff")
  VersionDiff.Diff diff(
      @PathVariable String key,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to) {
    access.requireReader();
    return diffOf(key, from, to);
  }

  /** The difference between versions {@code from} and {@code to} (defaults: to-1 and latest). */
  VersionDiff.Diff diffOf(String key, Integer from, Integer to) {
    ProcessDefinition after = sources.version(key, to);
    int before = from == null ? after.getVersion() - 1 : from;
    if (before < 1) {
      throw new StudioProblems.InvalidField("from");
    }
    ProcessDefinition was = sources.version(key, before);
    String note = notes.ofDefinition(after.getId()).map(StudioVersions.Note::note).orElse(null);
    return VersionDiff.of(sources.source(was), sources.source(after), note);
  }

  @GetMapping("/element-templates")
  JsonNode elementTemplates() {
    access.requireAdmin();
    return elementTemplates.all();
  }

  @GetMapping("/element-templates/{file}.json")
  JsonNode elementTemplate(@PathVariable String file) {
    access.requireAdmin();
    return elementTemplates.file(file).orElseThrow(() -> new StudioProblems.UnknownTemplate(file));
  }

  private static void validate(Model model) {
    if (model == null || model.bpmn() == null || model.bpmn().length() > MAX_BPMN) {
      throw new StudioProblems.InvalidField("bpmn");
    }
    if (model.forms() != null
        && model.forms().values().stream().anyMatch(f -> f == null || !f.isObject())) {
      throw new StudioProblems.InvalidField("forms");
    }
  }

  private static Map<String, JsonNode> forms(Model model) {
    return model.forms() == null ? Map.of() : model.forms();
  }
}
