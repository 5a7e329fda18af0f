package vn.motcua.worklist.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * Records absences and delegations (ủy quyền) and starts, for each, the support process {@value
 * #PROCESS} whose timers begin and end it on the engine clock. The official may declare their own
 * absence; their agency's leaders and unit heads, and administrators, may declare anyone's. The
 * period runs from the first day's midnight to the midnight after the last day, Vietnam time.
 */
@Service
class AbsencePlanner {

  static final String PROCESS = "absence";

  private final Absences absences;
  private final AbsenceTimers timers;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final Agencies agencies;
  private final CurrentOfficial official;
  private final Delegation delegation;
  private final Clock clock;

  AbsencePlanner(
      Absences absences,
      AbsenceTimers timers,
      IdentityService identity,
      RuntimeService runtime,
      Agencies agencies,
      CurrentOfficial official,
      Delegation delegation,
      Clock clock) {
    this.absences = absences;
    this.timers = timers;
    this.identity = identity;
    this.runtime = runtime;
    this.agencies = agencies;
    this.official = official;
    this.delegation = delegation;
    this.clock = clock;
  }

  /** A new absence. */
  record Plan(
      String official, String agency, String deputy, LocalDate from, LocalDate to, String reason) {}

  @Transactional
  public Absence declare(Plan plan) {
    if (agencies.find(plan.agency()).isEmpty()) {
      throw AbsenceProblems.unknown("agency", plan.agency());
    }
    if (identity.createUserQuery().userId(plan.official()).count() == 0) {
      throw AbsenceProblems.unknown("official", plan.official());
    }
    mayPlanFor(plan.official(), plan.agency());
    if (delegation.roleGroups(plan.official(), plan.agency()).isEmpty()) {
      throw AbsenceProblems.noRole(plan.official(), plan.agency());
    }
    Instant startsAt = plan.from().atStartOfDay(clock.getZone()).toInstant();
    Instant endsAt = plan.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    if (plan.to().isBefore(plan.from())) {
      throw AbsenceProblems.period("to", plan.to().toString());
    }
    if (!endsAt.isAfter(clock.instant())) {
      throw AbsenceProblems.period("to", plan.to().toString());
    }
    if (plan.deputy() != null) {
      validDeputy(plan);
    }
    if (!absences.overlapping(plan.official(), startsAt, endsAt).isEmpty()) {
      throw AbsenceProblems.overlap(plan.official());
    }
    Instant now = clock.instant();
    Absence draft =
        new Absence(
            0,
            plan.official(),
            plan.agency(),
            plan.deputy(),
            startsAt,
            endsAt,
            plan.reason(),
            Absence.SCHEDULED,
            official.id(),
            now);
    long id = absences.insert(draft);
    runtime.startProcessInstanceByKey(
        PROCESS,
        "absence-" + id,
        Map.of(
            AbsenceTimers.ABSENCE_ID,
            id,
            "startsAt",
            Date.from(startsAt),
            "endsAt",
            Date.from(endsAt)));
    return absences.find(id).orElseThrow();
  }

  /** Cancels a scheduled absence, or ends a running one today. */
  @Transactional
  public Absence cancel(long id) {
    Absence absence = absences.find(id).orElseThrow(() -> AbsenceProblems.notFound(id));
    mayPlanFor(absence.official(), absence.agencyCode());
    if (!List.of(Absence.SCHEDULED, Absence.ACTIVE).contains(absence.state())) {
      throw AbsenceProblems.over(id);
    }
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS)
        .processInstanceBusinessKey("absence-" + id)
        .list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "cancelled", true));
    if (Absence.ACTIVE.equals(absence.state())) {
      timers.end(absence);
    }
    absences.setState(id, Absence.CANCELLED);
    return absences.find(id).orElseThrow();
  }

  /** One absence, for its official, their agency's staff and administrators. */
  public Absence one(long id) {
    Absence absence = absences.find(id).orElseThrow(() -> AbsenceProblems.notFound(id));
    boolean allowed =
        official.isAdmin()
            || official.id().equals(absence.official())
            || official.groups().stream()
                .anyMatch(group -> absence.agencyCode().equals(Role.agencyOf(group)));
    if (!allowed) {
      throw AbsenceProblems.notFound(id);
    }
    return absence;
  }

  /** The absences the caller may see: every one for administrators, else their agencies'. */
  public List<Absence> visible() {
    List<String> mine =
        official.isAdmin()
            ? null
            : official.groups().stream()
                .map(Role::agencyOf)
                .filter(agency -> agency != null)
                .distinct()
                .toList();
    return absences.list(mine, clock.instant());
  }

  private void mayPlanFor(String target, String agency) {
    boolean allowed =
        official.isAdmin()
            || official.id().equals(target)
            || official.inGroup(Role.LEADER.groupOf(agency))
            || official.inGroup(Role.UNIT_HEAD.groupOf(agency));
    if (!allowed) {
      throw new AccessDeniedException("may not plan another official's absence");
    }
  }

  private void validDeputy(Plan plan) {
    if (plan.deputy().equals(plan.official())) {
      throw AbsenceProblems.deputy(plan.deputy());
    }
    boolean colleague =
        identity.createGroupQuery().groupMember(plan.deputy()).list().stream()
            .anyMatch(group -> plan.agency().equals(Role.agencyOf(group.getId())));
    if (!colleague) {
      throw AbsenceProblems.deputy(plan.deputy());
    }
    if (absences
        .overlapping(
            plan.deputy(),
            plan.from().atStartOfDay(clock.getZone()).toInstant(),
            plan.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant())
        .stream()
        .findAny()
        .isPresent()) {
      throw AbsenceProblems.deputyAway(plan.deputy());
    }
  }
}
