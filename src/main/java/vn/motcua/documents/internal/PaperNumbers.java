package vn.motcua.documents.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers the papers of dossiers, once: the first time a paper of a dossier is issued it takes the
 * next number of its issuing agency, paper and year (from 01 each year, Decree 30/2020/NĐ-CP, Annex
 * I); every later print shows the same number. Issuing is printing: the paper handed over or sent
 * is the one printed, so a {@code GET} of the paper assigns its number (idempotent: the same paper
 * keeps its number, so a repeated {@code GET} changes nothing), while listing which papers a
 * dossier has assigns none.
 *
 * <p>Gapless without a lock: the number is the agency's highest so far plus one, inserted unless
 * the paper has one; when another print took that number (or numbered this very paper) at the same
 * moment, the unique key refuses the row and the paper's number is read again, or the next one
 * tried. Plain SQL rather than PostgreSQL's {@code on conflict do nothing}, so that the default
 * profile's H2 database numbers papers too; each statement commits on its own (no surrounding
 * transaction), so a refused row aborts nothing.
 */
@Component
class PaperNumbers {

  private static final int ATTEMPTS = 20;

  private final JdbcClient jdbc;
  private final Clock clock;

  PaperNumbers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The paper with its number, assigned now if it has none yet; a paper without one as it is. */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  PaperContent issue(String dossierCode, Paper paper, PaperContent content) {
    PaperContent.Reference reference = content.reference();
    if (reference == null) {
      return content;
    }
    int year = reference.issuedAt().atZone(clock.getZone()).getYear();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Integer> assigned = assigned(dossierCode, paper, reference.occasion());
      if (assigned.isPresent()) {
        return content.numbered(assigned.get());
      }
      try {
        jdbc.sql(
                "insert into paper_number"
                    + " (dossier_code, paper, occasion, agency_code, issue_year, seq, issued_at)"
                    + " select ?, ?, ?, ?, ?, coalesce(max(seq), 0) + 1, ? from paper_number"
                    + " where agency_code = ? and paper = ? and issue_year = ?")
            .params(
                dossierCode,
                paper.name(),
                reference.occasion(),
                reference.agencyCode(),
                year,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                reference.agencyCode(),
                paper.name(),
                year)
            .update();
      } catch (DuplicateKeyException e) {
        // another print numbered this paper, or took this number, just now: look again
      }
    }
    throw new IllegalStateException("no number for " + paper + " of dossier " + dossierCode);
  }

  private Optional<Integer> assigned(String dossierCode, Paper paper, String occasion) {
    return jdbc.sql(
            "select seq from paper_number where dossier_code = ? and paper = ? and occasion = ?")
        .params(dossierCode, paper.name(), occasion)
        .query(Integer.class)
        .optional();
  }
}
