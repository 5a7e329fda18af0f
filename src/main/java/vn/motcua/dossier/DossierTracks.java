package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.internal.TrackReader;

/**
 * Reads a dossier for the citizens' status lookup ({@code tracking}), without the officials' access
 * rule: the caller must itself check the applicant's secret (the receipt's token or the ID number's
 * last digits) before showing anything, and show nothing else of the dossier. {@link #find} is one
 * query whether or not the code exists, so that checking the secret costs the same.
 */
@Component
public class DossierTracks {

  private final TrackReader reader;

  DossierTracks(TrackReader reader) {
    this.reader = reader;
  }

  /** The dossier with this code, if any. */
  public Optional<DossierTrack> find(String code) {
    return reader.find(code);
  }

  /** The stops of its legal clock, oldest first. */
  public List<DossierTrack.ClockStop> stops(String code) {
    return reader.stops(code);
  }

  /** Its history, oldest first (kinds, times, details; the caller shows only what is public). */
  public List<DossierHistoryEntry> history(String code) {
    return reader.history(code);
  }
}
