package vn.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Timeliness;

/** Reads and writes the {@code dossier} table. */
@Repository
class DossierRepository {

  private final JdbcClient jdbc;

  DossierRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Dossier d) {
    jdbc.sql(
            """
            insert into dossier (code, procedure_key, procedure_definition_id, receiving_agency, resolving_agency,
              channel, status, applicant_full_name, applicant_id_number, applicant_phone, applicant_email,
              applicant_address, data, received_by, received_at, due_at, checklist)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            d.code(),
            d.procedureKey(),
            d.procedureDefinitionId(),
            d.receivingAgency(),
            d.resolvingAgency(),
            d.channel().name(),
            d.status().name(),
            d.applicant().fullName(),
            d.applicant().idNumber(),
            d.applicant().phone(),
            d.applicant().email(),
            d.applicant().address(),
            d.data(),
            d.receivedBy(),
            utc(d.receivedAt()),
            utc(d.dueAt()),
            d.checklist())
        .update();
  }

  void attachProcess(String code, String processInstanceId) {
    jdbc.sql("update dossier set process_instance_id = ? where code = ?")
        .params(processInstanceId, code)
        .update();
  }

  /** Sets the status; a final status also records when processing ended. */
  boolean updateStatus(String code, DossierStatus status, Instant at) {
    return jdbc.sql("update dossier set status = ?, finished_at = ? where code = ?")
            .params(status.name(), status.isFinal() ? utc(at) : null, code)
            .update()
        == 1;
  }

  /** Moves the legal due date (after a paused clock resumed). */
  void moveDue(String code, Instant dueAt) {
    jdbc.sql("update dossier set due_at = ? where code = ?").params(utc(dueAt), code).update();
  }

  /** Records the appointment date an apology letter gave. */
  void extend(String code, Instant extendedDueAt) {
    jdbc.sql("update dossier set extended_due_at = ? where code = ?")
        .params(utc(extendedDueAt), code)
        .update();
  }

  void setTimeliness(String code, Timeliness timeliness) {
    jdbc.sql("update dossier set timeliness = ? where code = ?")
        .params(timeliness.name(), code)
        .update();
  }

  /** Reads the dossier and locks its row until the transaction ends. */
  Optional<Dossier> findForUpdate(String code) {
    return jdbc.sql("select * from dossier where code = ? for update")
        .param(code)
        .query(DossierRepository::map)
        .optional();
  }

  /** The dossiers of an applicant, newest first, at most {@code limit}. */
  java.util.List<Dossier> ofApplicant(String idNumber, int limit) {
    return jdbc.sql(
            "select * from dossier where applicant_id_number = ? order by received_at desc, code desc"
                + " limit ?")
        .params(idNumber, limit)
        .query(DossierRepository::map)
        .list();
  }

  /** The codes of the dossiers still open whose legal due date lies after {@code after}. */
  java.util.List<String> openDueAfter(Instant after) {
    java.util.List<String> finals =
        java.util.Arrays.stream(DossierStatus.values())
            .filter(DossierStatus::isFinal)
            .map(DossierStatus::name)
            .toList();
    return jdbc.sql(
            "select code from dossier where due_at > :after and process_instance_id is not null"
                + " and status not in (:finals) order by code")
        .param("after", utc(after))
        .param("finals", finals)
        .query(String.class)
        .list();
  }

  /** The dossiers the agency received in {@code [from, to)}, oldest first. */
  java.util.List<Dossier> receivedBetween(String agency, Instant from, Instant to) {
    return jdbc.sql(
            "select * from dossier where receiving_agency = ? and received_at >= ?"
                + " and received_at < ? order by received_at, code")
        .params(agency, utc(from), utc(to))
        .query(DossierRepository::map)
        .list();
  }

  Optional<Dossier> find(String code) {
    return jdbc.sql("select * from dossier where code = ?")
        .param(code)
        .query(DossierRepository::map)
        .optional();
  }

  private static Dossier map(ResultSet rs, int row) throws SQLException {
    return new Dossier(
        rs.getString("code"),
        rs.getString("procedure_key"),
        rs.getString("procedure_definition_id"),
        rs.getString("receiving_agency"),
        rs.getString("resolving_agency"),
        Channel.valueOf(rs.getString("channel")),
        DossierStatus.valueOf(rs.getString("status")),
        new NewDossierRequest.Applicant(
            rs.getString("applicant_full_name"),
            rs.getString("applicant_id_number"),
            rs.getString("applicant_phone"),
            rs.getString("applicant_email"),
            rs.getString("applicant_address")),
        rs.getString("data"),
        rs.getString("received_by"),
        instant(rs, "received_at"),
        instant(rs, "due_at"),
        instant(rs, "finished_at"),
        rs.getString("process_instance_id"),
        instant(rs, "extended_due_at"),
        rs.getString("timeliness") == null ? null : Timeliness.valueOf(rs.getString("timeliness")),
        rs.getString("checklist"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
