package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.notification.NoticeText;
import vn.motcua.notification.Notices;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officials;
import vn.motcua.organization.Role;

/**
 * Tells the receiving desk's unit heads (its leaders when it has none) that a paper dossier was not
 * transferred to the resolving agency in time; once per dossier.
 */
@Component
class TransferNotices {

  private final Notices notices;
  private final Officials officials;
  private final Agencies agencies;
  private final AgencyCalendars calendars;
  private final MessageSource messages;

  TransferNotices(
      Notices notices,
      Officials officials,
      Agencies agencies,
      AgencyCalendars calendars,
      MessageSource messages) {
    this.notices = notices;
    this.officials = officials;
    this.agencies = agencies;
    this.calendars = calendars;
    this.messages = messages;
  }

  void late(Dossier d, Instant due) {
    Set<String> heads = new LinkedHashSet<>(officials.holding(d.receivingAgency(), Role.UNIT_HEAD));
    if (heads.isEmpty()) {
      heads.addAll(officials.holding(d.receivingAgency(), Role.LEADER));
    }
    if (heads.isEmpty()) {
      return;
    }
    var zone = calendars.of(d.receivingAgency()).zone();
    notices.send(
        "transfer-late:" + d.code(),
        heads,
        d.code(),
        locale ->
            new NoticeText(
                say("notice.transfer-late.subject", locale, d.code()),
                say(
                    "notice.transfer-late.body",
                    locale,
                    d.code(),
                    d.applicant().fullName(),
                    name(d.resolvingAgency()),
                    NoticeText.time(due, zone, locale),
                    notices.link(d.code()))));
  }

  private String name(String code) {
    return agencies.find(code).map(Agency::name).orElse(code);
  }

  private String say(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
