package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.IntegrationTest;

/** Dossier codes stay unique and gapless when many receptions run at once. */
@IntegrationTest
class DossierCodesIntegrationTests {

  @Autowired DossierCodes codes;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void concurrentReceptionsGetUniqueConsecutiveCodes() throws Exception {
    String agency = "T" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate day = LocalDate.of(2026, 11, 23);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<String>>> work = new ArrayList<>();
      for (int worker = 0; worker < 8; worker++) {
        work.add(
            () ->
                IntStream.range(0, 25)
                    .mapToObj(i -> transactions.execute(status -> codes.next(agency, day)))
                    .toList());
      }
      List<String> all = new ArrayList<>();
      for (Future<List<String>> result : pool.invokeAll(work, 2, TimeUnit.MINUTES)) {
        all.addAll(result.get());
      }
      assertThat(all).hasSize(200).doesNotHaveDuplicates();
      assertThat(all)
          .containsExactlyInAnyOrderElementsOf(
              IntStream.rangeClosed(1, 200)
                  .mapToObj(n -> "%s-261123-%04d".formatted(agency, n))
                  .toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sequenceGoesPastFourDigits() {
    String agency = "T" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate day = LocalDate.of(2026, 11, 24);
    jdbc.sql("insert into dossier_sequence (agency_code, seq_day, last_value) values (?, ?, 9999)")
        .params(agency, day)
        .update();
    String code = transactions.execute(status -> codes.next(agency, day));
    assertThat(code).isEqualTo(agency + "-261124-10000");
  }
}
