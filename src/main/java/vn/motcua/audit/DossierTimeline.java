package vn.motcua.audit;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** A dossier's audit entries as its timeline page shows them, in the reader's language. */
public interface DossierTimeline {

  /**
   * The entries of the dossier, oldest first, under the access rule of {@link
   * vn.motcua.dossier.Dossiers#find} (which throws for a dossier the official may not read).
   */
  List<Entry> of(String dossierCode, Locale locale);

  /**
   * One line: its number in append order ({@code seq}: the entry's id, which is also its place in
   * the log for entries written before the log had a sequencer), when (local time), who (full name,
   * and for whom), what (label and the step or target it concerns), the state before and after, the
   * reason.
   */
  record Entry(
      long seq,
      ZonedDateTime at,
      String actor,
      String onBehalfOf,
      String action,
      String note,
      String before,
      String after,
      String reason) {

    public boolean changed() {
      return before == null ? after != null : !before.equals(after);
    }
  }
}
