package vn.motcua.attachment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.attachment.Attachment;

/** The documents' metadata ({@code attachment}), whichever store holds their bytes. */
@Component
class AttachmentRows {

  private static final String COLUMNS =
      "id, dossier_code, kind, kind_name, file_name, media_type, size_bytes, sha256, uploaded_by,"
          + " uploaded_at, digitised_original";

  private final JdbcClient jdbc;

  AttachmentRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Attachment a) {
    jdbc.sql("insert into attachment (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.id(),
            a.dossierCode(),
            a.kind(),
            a.kindName(),
            a.fileName(),
            a.mediaType(),
            a.size(),
            a.sha256(),
            a.uploadedBy(),
            Timestamp.from(a.uploadedAt()),
            a.digitisedOriginal())
        .update();
  }

  List<Attachment> of(String dossierCode) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from attachment where dossier_code = ? order by uploaded_at, file_name, id")
        .param(dossierCode)
        .query(AttachmentRows::row)
        .list();
  }

  Optional<Attachment> find(String dossierCode, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from attachment where id = ? and dossier_code = ?")
        .params(id, dossierCode)
        .query(AttachmentRows::row)
        .optional();
  }

  private static Attachment row(ResultSet rs, int n) throws SQLException {
    return new Attachment(
        rs.getObject("id", UUID.class),
        rs.getString("dossier_code"),
        rs.getString("kind"),
        rs.getString("kind_name"),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant(),
        rs.getBoolean("digitised_original"));
  }
}
