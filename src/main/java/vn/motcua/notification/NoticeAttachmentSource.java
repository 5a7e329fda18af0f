package vn.motcua.notification;

import java.util.Optional;

/**
 * Produces the files of applicants' e-mails when they are sent ({@link NoticeAttachment}). Any
 * module may provide beans of this type; the sender asks each in turn. Called outside any request
 * and transaction, without a signed-in official.
 */
public interface NoticeAttachmentSource {

  /**
   * The file's bytes, or empty when this source does not know the reference or the file no longer
   * exists (the e-mail is then sent without it); throws to have the e-mail tried again later.
   */
  Optional<byte[]> content(String reference);
}
