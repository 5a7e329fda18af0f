package vn.motcua.deadline.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.motcua.deadline.DeadlineReached;
import vn.motcua.notification.NoticeText;

/**
 * The words of a ladder notice, in the reader's language: what happened (never the event's code),
 * the dossier's code and applicant, the step, its unit and agency by name, who holds it, times in
 * the agency's zone ({@link NoticeText#time}), and the link to the dossier's page. No Spring, so
 * that a unit test reads exactly what an official reads.
 */
final class LadderTexts {

  /**
   * What a notice names, looked up by {@link LadderNotices}.
   *
   * @param due the step's (or, for the dossier's rungs, the legal) due date, or null
   * @param unitName the step's unit as a person reads it ("Chuyên viên · UBND xã An Bình"), or null
   * @param holderName the full name of the official holding the step, null while unclaimed
   * @param escalatedToName the group the step went up to, by name, or null
   */
  record Facts(
      DeadlineReached event,
      Instant due,
      String applicant,
      String agencyName,
      String unitName,
      String holderName,
      String escalatedToName,
      String link) {}

  private final MessageSource messages;
  private final ZoneId zone;

  LadderTexts(MessageSource messages, ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
  }

  NoticeText text(Facts facts, Locale locale) {
    DeadlineReached e = facts.event();
    String what = say(eventKey(e), locale);
    String applicant = facts.applicant() == null ? "" : facts.applicant();
    String subject = say("notice.subject", locale, what, e.dossierCode(), applicant);
    StringBuilder body = new StringBuilder();
    line(body, say("notice.ladder.opening", locale, what, e.dossierCode(), applicant));
    if (e.stepName() != null) {
      line(body, say("notice.step", locale, e.stepName()));
    }
    if (facts.unitName() != null) {
      line(body, say("notice.unit", locale, facts.unitName()));
    } else if (facts.agencyName() != null) {
      line(body, say("notice.agency", locale, facts.agencyName()));
    }
    if (e.taskId() != null) {
      line(
          body,
          say(
              "notice.holder",
              locale,
              facts.holderName() == null ? say("notice.unclaimed", locale) : facts.holderName()));
    }
    if (facts.due() != null) {
      line(
          body,
          say(
              e.taskId() == null ? "notice.legalDue" : "notice.stepDue",
              locale,
              NoticeText.time(facts.due(), zone, locale)));
    }
    if (e.lateMinutes() > 0) {
      line(body, say("notice.late", locale, late(e.lateMinutes(), locale)));
    }
    if (facts.escalatedToName() != null) {
      line(body, say("notice.escalatedTo", locale, facts.escalatedToName()));
    }
    line(body, say("notice.at", locale, NoticeText.time(e.at(), zone, locale)));
    line(body, say("notice.link", locale, facts.link()));
    return new NoticeText(subject, body.toString());
  }

  /** Working time late in words: "1 giờ 30 phút làm việc". */
  private String late(long minutes, Locale locale) {
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return say("notice.late.minutes", locale, rest);
    }
    return rest == 0
        ? say("notice.late.hours", locale, hours)
        : say("notice.late.hoursMinutes", locale, hours, rest);
  }

  private static String eventKey(DeadlineReached e) {
    boolean step = e.taskId() != null;
    return "notice.event."
        + switch (e.rung()) {
          case SOON_DUE -> step ? "stepSoonDue" : "dossierSoonDue";
          case OVERDUE -> step ? "stepOverdue" : "dossierOverdue";
          case UNIT_HEAD, SUPERVISOR -> "escalated";
          case APOLOGY_DUE -> "apologyDue";
        };
  }

  private String say(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static void line(StringBuilder body, String text) {
    body.append(text).append('\n');
  }
}
