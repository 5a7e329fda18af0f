package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.notification.NoticeText;
import vn.motcua.notification.Notices;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * The words of the acceptance ladder: the notices (in each recipient's language, {@code
 * acceptance.notice.<RUNG>.*}) and the line in the dossier's history (Vietnamese, as the history is
 * kept).
 */
@Component
class OnlineAcceptanceNotices {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final Notices notices;
  private final MessageSource messages;
  private final Agencies agencies;
  private final ObjectMapper json;
  private final ZoneId zone;

  OnlineAcceptanceNotices(
      Notices notices, MessageSource messages, Agencies agencies, ObjectMapper json, Clock clock) {
    this.notices = notices;
    this.messages = messages;
    this.agencies = agencies;
    this.json = json;
    this.zone = clock.getZone();
  }

  String historyReason(OnlineAcceptance.Rung rung, long hours) {
    return messages.getMessage(
        "acceptance.history." + rung.name(), new Object[] {hours}, VIETNAMESE);
  }

  String detail(OnlineAcceptance.Rung rung, Instant due, Set<String> to) {
    try {
      return json.writeValueAsString(
          Map.of(
              "rung", rung.name(), "acceptanceDueAt", due.toString(), "notified", List.copyOf(to)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  void send(
      String key, Set<String> to, Dossier d, OnlineAcceptance.Rung rung, Instant due, long hours) {
    if (to.isEmpty()) {
      return;
    }
    String agency =
        agencies.find(d.receivingAgency()).map(Agency::name).orElse(d.receivingAgency());
    notices.send(
        key,
        to,
        d.code(),
        locale -> {
          Object[] facts = {
            d.code(),
            d.applicant().fullName(),
            agency,
            NoticeText.time(d.receivedAt(), zone, locale),
            hours,
            NoticeText.time(due, zone, locale),
            notices.link(d.code())
          };
          String prefix = "acceptance.notice." + rung.name();
          return new NoticeText(
              messages.getMessage(prefix + ".subject", facts, locale),
              messages.getMessage(prefix + ".body", facts, locale));
        });
  }
}
