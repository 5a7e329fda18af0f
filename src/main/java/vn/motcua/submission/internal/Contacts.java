package vn.motcua.submission.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses and phone numbers as the one-time codes and the submissions compare them. */
final class Contacts {

  /** How a one-time code reaches the applicant. */
  enum Channel {
    EMAIL,
    SMS
  }

  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}");
  static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{9,10}");

  private Contacts() {}

  /** The address in one spelling (e-mail lower case; phone as {@code 0…}), or null if invalid. */
  static String normal(Channel channel, String address) {
    if (address == null) {
      return null;
    }
    String a = address.strip();
    if (channel == Channel.EMAIL) {
      return EMAIL.matcher(a).matches() ? a.toLowerCase(Locale.ROOT) : null;
    }
    a = a.replace(" ", "").replace(".", "");
    if (!PHONE.matcher(a).matches()) {
      return null;
    }
    return a.startsWith("+84") ? "0" + a.substring(3) : a;
  }

  /** The channel an address looks like: e-mail when it has an {@code @}. */
  static Channel channelOf(String address) {
    return address != null && address.contains("@") ? Channel.EMAIL : Channel.SMS;
  }

  /**
   * The address masked for the history ({@code ng***@example.vn}, {@code 091****678}): enough for
   * staff to recognise a contact the applicant gives, not enough to reach them.
   */
  static String masked(String normal) {
    int at = normal.indexOf('@');
    if (at >= 0) {
      return normal.substring(0, Math.min(2, at)) + "***" + normal.substring(at);
    }
    return normal.substring(0, 3) + "****" + normal.substring(normal.length() - 3);
  }
}
