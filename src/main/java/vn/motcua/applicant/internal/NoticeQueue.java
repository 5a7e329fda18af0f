package vn.motcua.applicant.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.motcua.documents.ApplicantPapers;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.notification.ApplicantNotices;
import vn.motcua.notification.ApplicantNotices.Channel;
import vn.motcua.notification.NoticeAttachment;

/**
 * Queues a moment's notice to the applicant's e-mail address and phone number, whichever the
 * dossier has, under the dedup key {@code <dossierCode>:<moment>[:<n>]:<channel>}: the outbox's
 * unique key keeps each (moment, channel) to one message. The e-mail carries the moment's paper,
 * produced when it is sent ({@link PaperAttachments}).
 */
@Component
class NoticeQueue {

  private static final Logger log = LoggerFactory.getLogger(NoticeQueue.class);

  private final ApplicantNotices notices;
  private final NoticeWriter writer;
  private final ApplicantPapers papers;

  NoticeQueue(ApplicantNotices notices, NoticeWriter writer, ApplicantPapers papers) {
    this.notices = notices;
    this.writer = writer;
    this.papers = papers;
  }

  /**
   * @param n which occurrence of the moment (a second supplementation request), or 0 for a moment
   *     that happens once
   */
  void queue(Occasion occasion, int n) {
    DossierSummary d = occasion.dossier();
    ApplicantPapers.Kind paper = occasion.moment().paper();
    Written text = writer.write(occasion, paper == null ? null : papers.formNumber(paper));
    String key = d.code() + ":" + occasion.moment().name() + (n > 0 ? ":" + n : "") + ":";
    NoticeAttachment file =
        paper == null
            ? null
            : new NoticeAttachment(
                d.code() + "-" + papers.formNumber(paper) + ".pdf",
                "application/pdf",
                PaperAttachments.reference(d.code(), paper));
    send(key + Channel.EMAIL, Channel.EMAIL, d.applicant().email(), text, text.email(), d, file);
    send(key + Channel.SMS, Channel.SMS, d.applicant().phone(), text, text.sms(), d, null);
  }

  private void send(
      String key,
      Channel channel,
      String address,
      Written text,
      String body,
      DossierSummary d,
      NoticeAttachment file) {
    if (address == null || address.isBlank()) {
      return;
    }
    try {
      notices.send(key, channel, address, text.subject(), body, d.code(), file);
    } catch (IllegalArgumentException unusable) {
      // an address the desk mistyped must not undo the dossier's action: the notice is not sent
      log.warn("Applicant notice {} not queued: {}", key, unusable.getMessage());
    }
  }
}
