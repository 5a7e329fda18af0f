package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dossier codes {@code <agency code>-<yyMMdd>-<sequence>} (at least four digits, never capped). The
 * per-agency, per-day counter row is locked by the increment until the receiving transaction
 * commits, so codes stay unique and gapless across threads and nodes sharing the database.
 *
 * <p>The one row concurrent receptions share on purpose: the law wants the codes of an agency's day
 * without gaps, so a code is taken only by a reception that commits, and the next reception of the
 * same agency waits for it. It is taken as late as the code allows ({@link DossierReception}: after
 * the checks, the routing and the legal due date); the code is the dossier's key, the process's
 * business key and the key of its steps, so the dossier's insert, the engine's process start up to
 * its first wait state and the reception's listeners still follow it before the commit: it is held
 * for the rest of the reception, whose time under load the hot-row guard ({@code
 * HotRowsIntegrationTests}) prints as an upper bound (README "Hot rows"). Receptions of different
 * agencies, or of different days, never wait for each other.
 */
@Component
class DossierCodes {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private final JdbcClient jdbc;
  private final TransactionTemplate separateTransaction;

  DossierCodes(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next code; must run inside the transaction that stores the dossier. */
  String next(String agencyCode, LocalDate day) {
    if (increment(agencyCode, day) == 0) {
      try {
        separateTransaction.executeWithoutResult(status -> createCounter(agencyCode, day));
      } catch (DuplicateKeyException anotherNodeWasFirst) {
        // the counter exists now, which is all we need
      }
      increment(agencyCode, day);
    }
    int sequence =
        jdbc.sql("select last_value from dossier_sequence where agency_code = ? and seq_day = ?")
            .params(agencyCode, day)
            .query(Integer.class)
            .single();
    return "%s-%s-%04d".formatted(agencyCode, DAY.format(day), sequence);
  }

  private int increment(String agencyCode, LocalDate day) {
    return jdbc.sql(
            "update dossier_sequence set last_value = last_value + 1 where agency_code = ? and seq_day = ?")
        .params(agencyCode, day)
        .update();
  }

  private void createCounter(String agencyCode, LocalDate day) {
    jdbc.sql("insert into dossier_sequence (agency_code, seq_day, last_value) values (?, ?, 0)")
        .params(agencyCode, day)
        .update();
  }
}
