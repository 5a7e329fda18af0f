package vn.motcua.worklist.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service tasks of the support process {@value AbsencePlanner#PROCESS}: its first timer (the
 * absence's start) calls {@link #begin}, its second (the end) {@link #end}. A cancelled absence has
 * no process any more; one that already ran its course is left alone.
 */
@Component("absenceTimers")
class AbsenceTimers {

  static final String ABSENCE_ID = "absenceId";

  private final Absences absences;
  private final Delegation delegation;

  AbsenceTimers(Absences absences, Delegation delegation) {
    this.absences = absences;
    this.delegation = delegation;
  }

  @Transactional
  public void begin(DelegateExecution execution) {
    absences
        .find(id(execution))
        .filter(absence -> Absence.SCHEDULED.equals(absence.state()))
        .ifPresent(
            absence -> {
              absences.setState(absence.id(), Absence.ACTIVE);
              delegation.begin(absence);
            });
  }

  @Transactional
  public void end(DelegateExecution execution) {
    absences.find(id(execution)).ifPresent(this::end);
  }

  /** Ends a running absence now (its end date came, or it was cancelled while running). */
  void end(Absence absence) {
    if (Absence.ACTIVE.equals(absence.state())) {
      delegation.end(absence);
    }
    absences.setState(absence.id(), Absence.ENDED);
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(ABSENCE_ID)).longValue();
  }
}
