package vn.motcua.dossier.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.DeadlineReached;
import vn.motcua.deadline.DeadlineRecords;
import vn.motcua.deadline.Rung;
import vn.motcua.deadline.StepRecord;
import vn.motcua.dossier.DossierActionTaken;
import vn.motcua.notification.NoticeText;
import vn.motcua.notification.Notices;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officials;
import vn.motcua.organization.Role;

/**
 * A consulted agency ran late (Decree 118/2025/NĐ-CP Art. 19(4)(c): an agency taking part in an
 * inter-agency procedure that is late must tell the lead agency in writing, with the reason, and
 * apologise): when a step held by an agency other than the dossier's receiving and resolving
 * agencies passes its budget ({@code StepOverdue}), the dossier's history records {@value #KIND}
 * and the leaders of the resolving agency and of the late agency are told, once per step. The
 * article's text could not be checked here: what the notice says is our reading of it.
 */
@Component
class ConsultedAgencyLate {

  static final String KIND = "CONSULTED_AGENCY_LATE";

  private final DossierRepository dossiers;
  private final ApplicationEventPublisher published;
  private final DeadlineRecords deadlines;
  private final Notices notices;
  private final Officials officials;
  private final Agencies agencies;
  private final MessageSource messages;
  private final ObjectMapper json;

  ConsultedAgencyLate(
      DossierRepository dossiers,
      ApplicationEventPublisher published,
      DeadlineRecords deadlines,
      Notices notices,
      Officials officials,
      Agencies agencies,
      MessageSource messages,
      ObjectMapper json) {
    this.dossiers = dossiers;
    this.published = published;
    this.deadlines = deadlines;
    this.notices = notices;
    this.officials = officials;
    this.agencies = agencies;
    this.messages = messages;
    this.json = json;
  }

  @EventListener
  void on(DeadlineReached e) {
    if (e.rung() != Rung.OVERDUE || e.taskId() == null || e.agency() == null) {
      return;
    }
    Dossier d = dossiers.find(e.dossierCode()).orElse(null);
    if (d == null
        || e.agency().equals(d.resolvingAgency())
        || e.agency().equals(d.receivingAgency())) {
      return;
    }
    Long budget =
        deadlines.of(d.code()).steps().stream()
            .filter(s -> e.taskId().equals(s.taskId()))
            .map(StepRecord::budgetMinutes)
            .findFirst()
            .orElse(null);
    ObjectNode detail = json.createObjectNode();
    detail.put("consulted", e.agency());
    detail.put("lead", d.resolvingAgency());
    detail.put("taskId", e.taskId());
    detail.put("step", e.activityId());
    detail.put("stepName", e.stepName());
    if (budget != null) {
      detail.put("budgetMinutes", budget);
    }
    published.publishEvent(
        new DossierActionTaken(
            d.code(),
            KIND,
            d.status(),
            d.status(),
            "system",
            "Nghị định 118/2025/NĐ-CP Điều 19 khoản 4 điểm c",
            detail.toString(),
            e.at()));
    Set<String> to = new LinkedHashSet<>(officials.holding(d.resolvingAgency(), Role.LEADER));
    to.addAll(officials.holding(e.agency(), Role.LEADER));
    if (to.isEmpty()) {
      return;
    }
    notices.send(
        "consulted-late:" + d.code() + ":" + e.taskId(),
        to,
        d.code(),
        locale ->
            new NoticeText(
                say("notice.consulted-late.subject", locale, d.code()),
                say(
                    "notice.consulted-late.body",
                    locale,
                    d.code(),
                    e.stepName(),
                    name(e.agency()),
                    budget == null ? "?" : String.valueOf(budget),
                    name(d.resolvingAgency()),
                    notices.link(d.code()))));
  }

  private String name(String code) {
    return agencies.find(code).map(Agency::name).orElse(code);
  }

  private String say(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
