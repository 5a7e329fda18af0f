package vn.motcua.attachment.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The documents' bytes as files under one directory (the demo profile on H2): {@code
 * <directory>/<first two hex digits of the id>/<id>}, a name no client chooses. A document is
 * written, synced to disk, under a temporary name ({@code <id>.part}) when stored; it takes its
 * final name just before the transaction commits, so a committed row never points to a missing
 * file; if the transaction rolls back (or the commit fails) both names are deleted, so nothing is
 * left behind. A crash between the two leaves at most an unreferenced file, never a lost one.
 */
@Component
@Profile("!postgres")
class FileDocumentStore implements DocumentStore {

  private static final Logger log = LoggerFactory.getLogger(FileDocumentStore.class);

  private final Path directory;

  @Autowired
  FileDocumentStore(AttachmentSettings settings) {
    this(settings.directory());
  }

  FileDocumentStore(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  @Override
  public void put(UUID id, byte[] content) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("documents are stored within a transaction");
    }
    Path target = path(id);
    Path part = target.resolveSibling(id + ".part");
    try {
      Files.createDirectories(target.getParent());
      try (FileChannel channel =
          FileChannel.open(
              part,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE,
              StandardOpenOption.SYNC)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    } catch (IOException e) {
      delete(part);
      throw new UncheckedIOException("cannot write document " + id, e);
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void beforeCommit(boolean readOnly) {
            move(part, target);
          }

          @Override
          public void afterCompletion(int status) {
            if (status == STATUS_ROLLED_BACK) {
              delete(part);
              delete(target);
            }
          }
        });
  }

  @Override
  public byte[] read(UUID id) {
    try {
      return Files.readAllBytes(path(id));
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read document " + id, e);
    }
  }

  Path path(UUID id) {
    String name = id.toString();
    return directory.resolve(name.substring(0, 2)).resolve(name);
  }

  private static void move(Path part, Path target) {
    try {
      try {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target);
      }
    } catch (IOException e) {
      // thrown before the commit: the transaction rolls back and afterCompletion cleans up
      throw new UncheckedIOException("cannot keep document " + target.getFileName(), e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete {} after a rollback: {}", file, e.getMessage());
    }
  }
}
