package vn.motcua.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The file store under Spring's real transaction synchronisation (a transaction manager without a
 * database): a committed document is kept under its final name, a rollback (also after a failed
 * commit) leaves no file at all, and nothing is written outside a transaction.
 */
class FileDocumentStoreUnitTests {

  private static final byte[] SCAN = "%PDF-1.7 quét".getBytes(StandardCharsets.UTF_8);

  @TempDir Path directory;

  @Test
  void aCommittedDocumentIsKeptUnderItsFinalNameAndReadBack() throws IOException {
    FileDocumentStore store = new FileDocumentStore(directory);
    UUID id = UUID.randomUUID();

    new TransactionTemplate(new FilesOnly(false)).executeWithoutResult(tx -> store.put(id, SCAN));

    assertThat(files()).containsExactly(store.path(id));
    assertThat(store.read(id)).isEqualTo(SCAN);
  }

  @Test
  void aRolledBackDocumentLeavesNoFile() throws IOException {
    FileDocumentStore store = new FileDocumentStore(directory);
    UUID id = UUID.randomUUID();

    assertThatThrownBy(
            () ->
                new TransactionTemplate(new FilesOnly(false))
                    .executeWithoutResult(
                        tx -> {
                          store.put(id, SCAN);
                          throw new IllegalStateException("the metadata could not be written");
                        }))
        .hasMessageContaining("metadata");

    assertThat(files()).isEmpty();
    assertThat(store.read(id)).isNull();
  }

  @Test
  void aCommitThatFailsAndRollsBackLeavesNoFile() throws IOException {
    FileDocumentStore store = new FileDocumentStore(directory);
    UUID id = UUID.randomUUID();
    FilesOnly manager = new FilesOnly(true);
    manager.setRollbackOnCommitFailure(true);

    assertThatThrownBy(
            () -> new TransactionTemplate(manager).executeWithoutResult(tx -> store.put(id, SCAN)))
        .isInstanceOf(TransactionSystemException.class);

    assertThat(files()).isEmpty();
  }

  /**
   * A commit whose outcome is unknown (the connection dropped while committing) may have kept the
   * metadata row: the file stays, at worst unreferenced, never lost.
   */
  @Test
  void aCommitOfUnknownOutcomeKeepsTheFile() throws IOException {
    FileDocumentStore store = new FileDocumentStore(directory);
    UUID id = UUID.randomUUID();

    assertThatThrownBy(
            () ->
                new TransactionTemplate(new FilesOnly(true))
                    .executeWithoutResult(tx -> store.put(id, SCAN)))
        .isInstanceOf(TransactionSystemException.class);

    assertThat(files()).containsExactly(store.path(id));
  }

  @Test
  void aDocumentOutsideATransactionIsRefusedUnwritten() throws IOException {
    FileDocumentStore store = new FileDocumentStore(directory);

    assertThatThrownBy(() -> store.put(UUID.randomUUID(), SCAN))
        .isInstanceOf(IllegalStateException.class);

    assertThat(files()).isEmpty();
  }

  @Test
  void twoDocumentsInOneTransactionAreBothKept() throws IOException {
    FileDocumentStore store = new FileDocumentStore(directory);
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();

    new TransactionTemplate(new FilesOnly(false))
        .executeWithoutResult(
            tx -> {
              store.put(first, SCAN);
              store.put(second, new byte[] {1, 2, 3});
            });

    assertThat(files()).containsExactlyInAnyOrder(store.path(first), store.path(second));
    assertThat(store.read(second)).containsExactly(1, 2, 3);
  }

  /** Every regular file under the store's directory. */
  private List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  /** A transaction manager with no resource: only Spring's synchronisation lifecycle runs. */
  private static final class FilesOnly extends AbstractPlatformTransactionManager {

    private final boolean failCommit;

    FilesOnly(boolean failCommit) {
      this.failCommit = failCommit;
    }

    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {}

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
      if (failCommit) {
        throw new TransactionSystemException("the database went away during the commit");
      }
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {}
  }
}
