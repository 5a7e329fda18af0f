package vn.motcua.submission.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.motcua.notification.SmsGateway;

/**
 * Sends a one-time code at once (not through the notification outbox: the applicant is waiting for
 * it): by e-mail over the SMTP server of {@code spring.mail.*} from {@code
 * motcua.notification.from}, or by SMS through the {@link SmsGateway}. Without an SMTP server the
 * e-mail is only logged, as notifications are (never the code itself).
 */
@Component
class CodeDelivery {

  private static final Logger log = LoggerFactory.getLogger(CodeDelivery.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final SmsGateway sms;
  private final MessageSource messages;
  private final String from;

  CodeDelivery(
      ObjectProvider<JavaMailSender> mail,
      SmsGateway sms,
      MessageSource messages,
      @Value("${motcua.notification.from:no-reply@motcua.vn}") String from) {
    this.mail = mail;
    this.sms = sms;
    this.messages = messages;
    this.from = from;
  }

  /** Sends {@code code}; throws {@link SubmissionProblems.CodeNotSentException} on a refusal. */
  void send(Contacts.Channel channel, String address, String code, long minutes, Locale locale) {
    Object[] args = {code, minutes};
    try {
      if (channel == Contacts.Channel.SMS) {
        sms.send(address, messages.getMessage("submission.otp.sms", args, locale));
        return;
      }
      JavaMailSender sender = mail.getIfAvailable();
      if (sender == null) {
        log.info("One-time code for {} not e-mailed: no SMTP server", Contacts.masked(address));
        return;
      }
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
      helper.setFrom(from);
      helper.setTo(address);
      helper.setSubject(messages.getMessage("submission.otp.mail.subject", args, locale));
      helper.setText(messages.getMessage("submission.otp.mail.body", args, locale));
      sender.send(message);
    } catch (MessagingException | MailException | IllegalStateException e) {
      log.warn("One-time code for {} not sent: {}", Contacts.masked(address), e.toString());
      throw new SubmissionProblems.CodeNotSentException();
    }
  }
}
