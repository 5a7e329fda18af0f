package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.notification.ApplicantNotices;
import vn.motcua.notification.NoticeAttachment;

/**
 * {@link ApplicantNotices} as rows of the {@code notification} outbox whose recipient is {@code
 * applicant:<channel>}: the unique {@code (dedup_key, recipient)} is then unique per dedup key and
 * channel, and the insert skips a pair queued before exactly as {@link JdbcNotifications} does.
 */
@Repository
class JdbcApplicantNotices implements ApplicantNotices {

  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s<>\"(),;:]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Pattern PHONE = Pattern.compile("(0|\\+84)[1-9][0-9]{8,9}");

  private final JdbcClient jdbc;
  private final Clock clock;
  private final String insert;

  JdbcApplicantNotices(JdbcClient jdbc, DataSource dataSource, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    boolean postgreSql = JdbcNotifications.isPostgreSql(dataSource);
    this.insert =
        "insert into notification (dedup_key, recipient, channel, email, phone, subject, body,"
            + " dossier_code, attachment_name, attachment_type, attachment_ref, created_at,"
            + " next_attempt_at)"
            + " select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
            + " where not exists (select 1 from notification where dedup_key = ? and recipient = ?)"
            + (postgreSql ? " on conflict (dedup_key, recipient) do nothing" : "");
  }

  @Override
  public boolean send(
      String dedupKey,
      Channel channel,
      String address,
      String subject,
      String body,
      String dossierCode,
      NoticeAttachment attachment) {
    require(dedupKey != null && !dedupKey.isBlank() && dedupKey.length() <= 255, "dedupKey");
    require(channel != null, "channel");
    require(subject != null && !subject.isBlank() && subject.length() <= 255, "subject");
    require(body != null && !body.isBlank() && body.length() <= 4000, "body");
    String to = address(channel, address);
    String dossier = dossierCode == null || dossierCode.isBlank() ? null : dossierCode;
    NoticeAttachment file = channel == Channel.EMAIL ? attachment : null;
    String recipient = recipient(channel);
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    try {
      return jdbc.sql(insert)
              .params(
                  dedupKey,
                  recipient,
                  channel.name(),
                  channel == Channel.EMAIL ? to : null,
                  channel == Channel.SMS ? to : null,
                  subject,
                  body,
                  dossier,
                  file == null ? null : file.fileName(),
                  file == null ? null : file.mediaType(),
                  file == null ? null : file.reference(),
                  now,
                  now,
                  dedupKey,
                  recipient)
              .update()
          == 1;
    } catch (DuplicateKeyException alreadyQueued) {
      return false; // another transaction queued it between our check and our insert (H2)
    }
  }

  /** The recipient column of the applicant's rows on a channel. */
  static String recipient(Channel channel) {
    return "applicant:" + channel.name();
  }

  /** The address, checked for its channel; a phone number without blanks and dots. */
  static String address(Channel channel, String address) {
    require(address != null && !address.isBlank(), "address");
    if (channel == Channel.SMS) {
      String phone = address.replaceAll("[\\s.\\-]", "");
      require(PHONE.matcher(phone).matches(), "phone number");
      return phone;
    }
    String email = address.strip();
    require(email.length() <= 255 && EMAIL.matcher(email).matches(), "e-mail address");
    return email;
  }

  private static void require(boolean valid, String parameter) {
    if (!valid) {
      throw new IllegalArgumentException("invalid applicant notice " + parameter);
    }
  }
}
