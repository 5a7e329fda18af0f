package vn.motcua.dossier.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.HolidaysAnnounced;
import vn.motcua.notification.NoticeText;
import vn.motcua.notification.Notices;

/**
 * Tells each official holding a step whose due date a changed holiday announcement moved, once per
 * change (keyed by the change, so a second node or a retry does not tell them again), in their
 * language: the year, the reason, and each of their dossiers with its step, new and previous due
 * date and link.
 */
@Component
class AnnouncedDeadlineNotices {

  /** The steps a notice lists one by one; the rest are counted (a notice holds 4000 characters). */
  static final int LISTED = 15;

  private final Notices notices;
  private final MessageSource messages;

  AnnouncedDeadlineNotices(Notices notices, MessageSource messages) {
    this.notices = notices;
    this.messages = messages;
  }

  void send(
      HolidaysAnnounced change, Map<String, List<AnnouncedDeadlines.Moved>> byHolder, ZoneId zone) {
    String key = "calendar-change:" + change.changeId();
    byHolder.forEach(
        (holder, moved) ->
            notices.send(key, Set.of(holder), null, locale -> text(change, moved, zone, locale)));
  }

  private NoticeText text(
      HolidaysAnnounced change, List<AnnouncedDeadlines.Moved> moved, ZoneId zone, Locale locale) {
    long dossiers = moved.stream().map(AnnouncedDeadlines.Moved::dossierCode).distinct().count();
    StringBuilder body =
        new StringBuilder(
            say(
                "notice.calendar-change.opening",
                locale,
                String.valueOf(change.year()),
                change.reason(),
                moved.size(),
                dossiers));
    for (AnnouncedDeadlines.Moved m : moved.subList(0, Math.min(LISTED, moved.size()))) {
      body.append('\n')
          .append(
              say(
                  "notice.calendar-change.line",
                  locale,
                  m.dossierCode(),
                  m.stepName(),
                  NoticeText.time(m.newDue(), zone, locale),
                  NoticeText.time(m.previousDue(), zone, locale),
                  notices.link(m.dossierCode())));
    }
    if (moved.size() > LISTED) {
      body.append('\n').append(say("notice.calendar-change.more", locale, moved.size() - LISTED));
    }
    return new NoticeText(
        say("notice.calendar-change.subject", locale, String.valueOf(change.year()), moved.size()),
        body.toString());
  }

  private String say(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
