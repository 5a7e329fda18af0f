package vn.motcua.attachment.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The documents' bytes in PostgreSQL ({@code attachment_content}), in the caller's transaction. */
@Component
@Profile("postgres")
class DatabaseDocumentStore implements DocumentStore {

  private final JdbcClient jdbc;

  DatabaseDocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void put(UUID id, byte[] content) {
    jdbc.sql("insert into attachment_content (id, content) values (?, ?)")
        .params(id, content)
        .update();
  }

  @Override
  public byte[] read(UUID id) {
    List<byte[]> found =
        jdbc.sql("select content from attachment_content where id = ?")
            .param(id)
            .query((rs, n) -> rs.getBytes(1))
            .list();
    return found.isEmpty() ? null : found.get(0);
  }
}
