package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.StepRecord;

/**
 * Each agency's share of a dossier's time: the working minutes its steps held the dossier (from the
 * deadline module's step records, on each agency's own calendar, less the paused time; an open step
 * counts up to now), the receiving desk first, then the resolving agency, then the agencies
 * consulted (inter-agency steps such as the tax office's assessment).
 */
final class AgencyShares {

  /** The part an agency played for the dossier. */
  enum Part {
    RECEIVING,
    RESOLVING,
    RECEIVING_AND_RESOLVING,
    CONSULTED
  }

  /** One agency's share: its steps and working minutes. */
  record Share(String agency, Part part, int steps, long workingMinutes) {}

  private AgencyShares() {}

  static List<Share> of(Dossier d, List<StepRecord> steps, AgencyCalendars calendars, Instant now) {
    Map<String, long[]> byAgency = new LinkedHashMap<>();
    byAgency.put(d.receivingAgency(), new long[2]);
    byAgency.putIfAbsent(d.resolvingAgency(), new long[2]);
    for (StepRecord step : steps) {
      if (step.agency() == null) {
        continue;
      }
      Instant end = step.completedAt() == null ? now : step.completedAt();
      long[] sums = byAgency.computeIfAbsent(step.agency(), a -> new long[2]);
      sums[0]++;
      sums[1] += step.workedAt(calendars.of(step.agency()), end);
    }
    List<Share> shares = new ArrayList<>();
    byAgency.forEach(
        (agency, sums) -> shares.add(new Share(agency, part(d, agency), (int) sums[0], sums[1])));
    return shares;
  }

  private static Part part(Dossier d, String agency) {
    boolean receiving = agency.equals(d.receivingAgency());
    boolean resolving = agency.equals(d.resolvingAgency());
    if (receiving && resolving) {
      return Part.RECEIVING_AND_RESOLVING;
    }
    return receiving ? Part.RECEIVING : resolving ? Part.RESOLVING : Part.CONSULTED;
  }
}
