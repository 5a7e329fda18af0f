package vn.motcua.notification;

/**
 * A file an applicant's e-mail carries, produced when the e-mail is sent (so a retried send carries
 * the file as it is then): {@code reference} names it to the {@link NoticeAttachmentSource} beans,
 * e.g. {@code paper:<dossierCode>:01} for a dossier's receipt.
 *
 * @param fileName the attachment's name, e.g. {@code 000.00.01.H99-261207-0001-01.pdf}
 * @param mediaType its type, e.g. {@code application/pdf}
 */
public record NoticeAttachment(String fileName, String mediaType, String reference) {

  public NoticeAttachment {
    if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
      throw new IllegalArgumentException("invalid attachment file name");
    }
    if (mediaType == null || mediaType.isBlank() || mediaType.length() > 100) {
      throw new IllegalArgumentException("invalid attachment media type");
    }
    if (reference == null || reference.isBlank() || reference.length() > 255) {
      throw new IllegalArgumentException("invalid attachment reference");
    }
  }
}
