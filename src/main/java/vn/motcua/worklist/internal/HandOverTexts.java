package vn.motcua.worklist.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.motcua.notification.NoticeText;

/**
 * The words of the notice a transfer or a return sends, in the reader's language: who did it, the
 * step, the dossier's code and applicant, the unit by name, the reason, when (in the agency's zone)
 * and the link to the dossier's page. No Spring, so that a unit test reads what an official reads.
 */
final class HandOverTexts {

  /** Transferred to a colleague, or returned to the previous step. */
  enum Kind {
    TRANSFERRED("notice.event.transferred", "notice.transfer.opening"),
    RETURNED("notice.event.returned", "notice.return.opening");

    final String event;
    final String opening;

    Kind(String event, String opening) {
      this.event = event;
      this.opening = opening;
    }
  }

  /**
   * What the notice names.
   *
   * @param stepName the step handed over (transfer) or returned to (return)
   * @param unitName the step's unit by name ("Chuyên viên · UBND xã An Bình"), or null
   * @param due the step's due date, or null
   */
  record Facts(
      Kind kind,
      String dossierCode,
      String applicant,
      String actorName,
      String stepName,
      String unitName,
      String reason,
      Instant at,
      Instant due,
      String link) {}

  private final MessageSource messages;
  private final ZoneId zone;

  HandOverTexts(MessageSource messages, ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
  }

  NoticeText text(Facts f, Locale locale) {
    String applicant = f.applicant() == null ? "" : f.applicant();
    String what = say(f.kind().event, locale);
    String subject = say("notice.subject", locale, what, f.dossierCode(), applicant);
    StringBuilder body = new StringBuilder();
    // {0} who, {1} step, {2} dossier code, {3} applicant; each language orders them its own way
    line(
        body,
        say(f.kind().opening, locale, f.actorName(), f.stepName(), f.dossierCode(), applicant));
    line(body, say("notice.reason", locale, f.reason()));
    if (f.unitName() != null) {
      line(body, say("notice.unit", locale, f.unitName()));
    }
    if (f.due() != null) {
      line(body, say("notice.stepDue", locale, NoticeText.time(f.due(), zone, locale)));
    }
    line(body, say("notice.at", locale, NoticeText.time(f.at(), zone, locale)));
    line(body, say("notice.link", locale, f.link()));
    return new NoticeText(subject, body.toString());
  }

  private String say(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static void line(StringBuilder body, String text) {
    body.append(text).append('\n');
  }
}
