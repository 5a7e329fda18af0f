package vn.motcua.attachment.internal;

import java.util.UUID;

/**
 * Where the documents' bytes live: PostgreSQL on the {@code postgres} profile, so that every node
 * of a cluster reads them ({@link DatabaseDocumentStore}), else files under {@code
 * motcua.attachment.directory} ({@link FileDocumentStore}). The metadata is always in the database.
 */
interface DocumentStore {

  /**
   * Keeps {@code content} under {@code id} as part of the current transaction: gone if it rolls
   * back, kept once it commits.
   */
  void put(UUID id, byte[] content);

  /** The bytes stored under {@code id}, or null when there are none. */
  byte[] read(UUID id);
}
