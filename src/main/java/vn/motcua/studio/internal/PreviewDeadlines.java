package vn.motcua.studio.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.DeadlinePreview;
import vn.motcua.deadline.Rung;
import vn.motcua.organization.Agency;

/**
 * The deadline preview of one model on one agency's calendar: the legal due date, the dossier's
 * rungs, and each step's due date and ladder along the chain of steps before it (each step starts
 * when the one before it is due, the first at reception). All instants come from {@link
 * DeadlinePreview}, the engine's own rules.
 */
@Component
class PreviewDeadlines {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  /** The preview of one version (or of the posted model: no version, no definition id). */
  record PreviewView(
      String key,
      Integer version,
      String definitionId,
      String agency,
      String agencyName,
      String receivedAt,
      Map<String, Object> legalTime,
      String legalDue,
      String apologyAt,
      Map<String, String> dossierRungs,
      List<String> longestPath,
      List<StepView> steps,
      @JsonInclude(JsonInclude.Include.ALWAYS) PreviewView previous) {

    PreviewView withPrevious(PreviewView previous) {
      return new PreviewView(
          key,
          version,
          definitionId,
          agency,
          agencyName,
          receivedAt,
          legalTime,
          legalDue,
          apologyAt,
          dossierRungs,
          longestPath,
          steps,
          previous);
    }
  }

  /** One step: budget as written, start and due, and its ladder ({} without a budget). */
  record StepView(
      String id,
      String name,
      String role,
      String budget,
      boolean onLongestPath,
      boolean outsideLegalTime,
      String start,
      String due,
      Map<String, String> rungs) {}

  private final DeadlinePreview deadlines;
  private final ProcedureCatalogue catalogue;
  private final RepositoryService repository;

  PreviewDeadlines(
      DeadlinePreview deadlines, ProcedureCatalogue catalogue, RepositoryService repository) {
    this.deadlines = deadlines;
    this.catalogue = catalogue;
    this.repository = repository;
  }

  /** The preview of {@code model}, with the latest deployed version of its process beside it. */
  PreviewView preview(PreviewModel model, Agency agency, Instant receivedAt) {
    PreviewView posted = of(model, null, null, agency, receivedAt);
    return posted.withPrevious(previous(model.key(), agency, receivedAt));
  }

  private PreviewView previous(String key, Agency agency, Instant receivedAt) {
    var deployed = catalogue.latest(key);
    if (deployed.isEmpty()) {
      return null;
    }
    Procedure procedure = deployed.get();
    PreviewModel model = PreviewModel.of(repository.getBpmnModelInstance(procedure.definitionId()));
    try {
      return of(model, procedure.version(), procedure.definitionId(), agency, receivedAt);
    } catch (PreviewProblems.NoLegalTimeException | PreviewProblems.UncountableModelException e) {
      return null; // a deployed process that is no procedure (e.g. a support process)
    }
  }

  private PreviewView of(
      PreviewModel model, Integer version, String definitionId, Agency agency, Instant receivedAt) {
    String code = agency.code();
    WorkingCalendar calendar = deadlines.calendarOf(code);
    try {
      Procedure procedure =
          Procedure.of(
              model.key(),
              definitionId,
              version == null ? 0 : version,
              model.name(),
              model.properties());
      if (!procedure.declaresLegalTime()) {
        throw new PreviewProblems.NoLegalTimeException(model.key());
      }
      Instant legalDue = deadlines.legalDue(code, procedure, receivedAt);
      Map<Rung, Instant> dossier =
          deadlines.dossierRungs(code, model.properties(), receivedAt, legalDue);
      Map<String, Long> weights = new LinkedHashMap<>();
      model
          .steps()
          .values()
          .forEach(
              step -> weights.put(step.id(), deadlines.budgetMinutes(code, step.properties())));
      PreviewGraph graph = new PreviewGraph(model.nodes(), model.successors(), weights);
      List<String> path =
          graph.longestPath(model.starts(), model.ends()).stream()
              .filter(model.steps()::containsKey)
              .toList();
      Map<String, List<String>> chains = graph.chains(model.starts());
      List<StepView> steps = new ArrayList<>();
      for (String id : path) {
        steps.add(step(model, chains.get(id), true, code, calendar, receivedAt, legalDue));
      }
      for (String id : model.steps().keySet()) {
        if (!path.contains(id) && chains.containsKey(id)) {
          steps.add(step(model, chains.get(id), false, code, calendar, receivedAt, legalDue));
        }
      }
      Map<String, String> rungs = new LinkedHashMap<>();
      dossier.forEach((rung, at) -> rungs.put(rung.name(), format(calendar, at)));
      return new PreviewView(
          model.key(),
          version,
          definitionId,
          code,
          agency.name(),
          format(calendar, receivedAt),
          procedure.legalTime(),
          format(calendar, legalDue),
          format(calendar, dossier.get(Rung.APOLOGY_DUE)),
          rungs,
          path,
          steps,
          null);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new PreviewProblems.UncountableModelException(String.valueOf(e.getMessage()));
    }
  }

  /**
   * The step at the end of {@code chain}, each step of the chain starting when the one before is
   * due.
   */
  private StepView step(
      PreviewModel model,
      List<String> chain,
      boolean onPath,
      String agency,
      WorkingCalendar calendar,
      Instant receivedAt,
      Instant legalDue) {
    Instant start = receivedAt;
    DeadlinePreview.StepTimes times = null;
    for (String id : chain) {
      PreviewModel.Step step = model.steps().get(id);
      if (step != null) {
        times = deadlines.step(agency, model.properties(), step.properties(), start, legalDue);
        start = times.due();
      }
    }
    PreviewModel.Step step = model.steps().get(chain.get(chain.size() - 1));
    Map<String, String> rungs = new LinkedHashMap<>();
    times.rungs().forEach((rung, at) -> rungs.put(rung.name(), format(calendar, at)));
    return new StepView(
        step.id(),
        step.name(),
        step.role(),
        step.budget(),
        onPath,
        step.outsideLegalTime(),
        format(calendar, times.start()),
        format(calendar, times.due()),
        rungs);
  }

  private static String format(WorkingCalendar calendar, Instant instant) {
    return instant == null ? null : ISO.format(instant.atZone(calendar.zone()));
  }
}
