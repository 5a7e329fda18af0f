package vn.motcua.feedback.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * What each reader sees of a feedback. The citizen: its subject, status, the agency by name, due
 * date, the forwards with their reasons and the answer; never an official's name. Staff: also the
 * content, the sender's name, the ladder's flags and the dossier's link; the contact only for those
 * who may answer.
 */
@Component
class FeedbackViews {

  /** The citizen's view. */
  record CitizenView(
      String code,
      String about,
      String subject,
      String kind,
      String status,
      String agency,
      Instant receivedAt,
      Instant dueAt,
      List<Forward> forwards,
      String answer,
      Instant answeredAt) {}

  /** A forward as the citizen reads it. */
  record Forward(Instant at, String toAgency, String reason) {}

  /** A staff member's view. */
  record StaffView(
      String code,
      String about,
      String dossierCode,
      String dossierLink,
      String procedure,
      String procedureName,
      String kind,
      String content,
      String senderName,
      String senderEmail,
      String senderPhone,
      String agency,
      String agencyName,
      String status,
      Instant receivedAt,
      Instant dueAt,
      boolean overdue,
      boolean warned,
      boolean escalated,
      int forwards,
      String answer,
      String answeredBy,
      Instant answeredAt,
      boolean mayAct) {}

  private final Agencies agencies;
  private final ProcedureCatalogue catalogue;
  private final FeedbackStore store;

  FeedbackViews(Agencies agencies, ProcedureCatalogue catalogue, FeedbackStore store) {
    this.agencies = agencies;
    this.catalogue = catalogue;
    this.store = store;
  }

  CitizenView citizen(Feedback f) {
    List<Forward> forwards =
        store.events(f.code()).stream()
            .filter(e -> FeedbackStatus.FORWARDED.name().equals(e.kind()))
            .map(e -> new Forward(e.at(), agencyName(e.agency()), e.reason()))
            .toList();
    return new CitizenView(
        f.code(),
        f.subjectType().name(),
        subject(f),
        f.kind().name(),
        f.status().name(),
        agencyName(f.agency()),
        f.receivedAt(),
        f.status().isOpen() ? f.dueAt() : null,
        forwards,
        f.answer(),
        f.answeredAt());
  }

  StaffView staff(Feedback f, boolean mayAct) {
    return new StaffView(
        f.code(),
        f.subjectType().name(),
        f.dossierCode(),
        f.dossierCode() == null ? null : "/dossiers/" + f.dossierCode(),
        f.procedureKey(),
        procedureName(f.procedureKey()),
        f.kind().name(),
        f.content(),
        f.senderName(),
        mayAct ? f.senderEmail() : null,
        mayAct ? f.senderPhone() : null,
        f.agency(),
        agencyName(f.agency()),
        f.status().name(),
        f.receivedAt(),
        f.dueAt(),
        f.overdue(),
        f.warnedAt() != null,
        f.escalatedAt() != null,
        f.forwards(),
        f.answer(),
        f.answeredBy(),
        f.answeredAt(),
        mayAct && f.status().isOpen());
  }

  private String subject(Feedback f) {
    return switch (f.subjectType()) {
      case DOSSIER -> f.dossierCode();
      case PROCEDURE -> procedureName(f.procedureKey());
      case AGENCY -> agencyName(f.agency());
    };
  }

  String agencyName(String code) {
    return code == null ? null : agencies.find(code).map(Agency::name).orElse(code);
  }

  private String procedureName(String key) {
    return key == null ? null : catalogue.latest(key).map(Procedure::name).orElse(key);
  }
}
