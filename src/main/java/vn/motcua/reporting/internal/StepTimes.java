package vn.motcua.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;

/**
 * The steps of a procedure's latest version in diagram order, each with the working time it took in
 * the period ({@link DelayQuery} by step), then any step completed in the period that this version
 * no longer has.
 */
@Component
class StepTimes {

  private final RepositoryService repository;
  private final ProcedureCatalogue catalogue;
  private final DelayQuery delays;
  private final WorkingCalendar calendar;

  StepTimes(
      RepositoryService repository,
      ProcedureCatalogue catalogue,
      DelayQuery delays,
      WorkingCalendar calendar) {
    this.repository = repository;
    this.catalogue = catalogue;
    this.delays = delays;
    this.calendar = calendar;
  }

  List<StepTime> of(Procedure procedure, List<String> scope, Period period, Locale locale) {
    Map<String, Delay> byStep = new LinkedHashMap<>();
    for (Delay delay : delays.delays(scope, period, procedure.key(), DelayQuery.By.STEP)) {
      byStep.put(delay.activityId(), delay);
    }
    List<StepTime> steps = new ArrayList<>();
    String definition = procedure.definitionId();
    for (UserTask task :
        repository.getBpmnModelInstance(definition).getModelElementsByType(UserTask.class)) {
      Delay delay = byStep.remove(task.getId());
      steps.add(
          delay == null
              ? StepTime.idle(task.getId(), task.getName(), budgetMinutes(definition, task), locale)
              : StepTime.of(delay, locale));
    }
    byStep.values().forEach(delay -> steps.add(StepTime.of(delay, locale)));
    return steps;
  }

  private Long budgetMinutes(String definition, UserTask task) {
    String budget = catalogue.elementProperties(definition, task.getId()).get("stepBudget");
    var minutes = WorkingDuration.minutes(budget, calendar.officeHours());
    return minutes.isPresent() ? minutes.getAsLong() : null;
  }
}
