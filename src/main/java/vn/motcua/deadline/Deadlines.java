package vn.motcua.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureCatalogue;

/**
 * Due dates for BPMN expressions: {@code camunda:dueDate="${deadlines.stepDue(execution)}"}. A step
 * is due when its budget ({@code stepBudget} extension property) is spent, and never after the
 * dossier's legal due date (process variable {@value #LEGAL_DUE_VARIABLE}).
 */
@Component("deadlines")
public class Deadlines {

  public static final String LEGAL_DUE_VARIABLE = "legalDueAt";

  /** The resolving agency, whose office hours count. */
  public static final String AGENCY_VARIABLE = "agency";

  private final AgencyCalendars calendars;
  private final ProcedureCatalogue catalogue;
  private final Clock clock;

  Deadlines(AgencyCalendars calendars, ProcedureCatalogue catalogue, Clock clock) {
    this.calendars = calendars;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** The due date of the user task {@code execution} is entering. */
  public Date stepDue(DelegateExecution execution) {
    Date legalDue = (Date) execution.getVariable(LEGAL_DUE_VARIABLE);
    String agency = (String) execution.getVariable(AGENCY_VARIABLE);
    Instant due =
        catalogue
            .stepBudget(execution.getProcessDefinitionId(), execution.getCurrentActivityId())
            .map(budget -> calendars.legalClockOf(agency).stepDue(clock.instant(), budget))
            .orElse(legalDue == null ? null : legalDue.toInstant());
    if (due == null) {
      return null;
    }
    return legalDue != null && legalDue.toInstant().isBefore(due) ? legalDue : Date.from(due);
  }
}
