package vn.motcua.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Officials;

/**
 * Queues notices written in each recipient's language: the language an official last chose on our
 * pages ({@link Officials#language}), Vietnamese by default. The text is composed once per
 * language; the in-app message and the e-mail are the same text. Every notice about a dossier ends
 * with a link to its page ({@link #link}).
 */
@Component
public class Notices {

  private final Notifications notifications;
  private final Officials officials;
  private final String base;

  Notices(
      Notifications notifications,
      Officials officials,
      @Value("${motcua.public-base-url:http://localhost:8080}") String base) {
    this.notifications = notifications;
    this.officials = officials;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /**
   * Queues the notice for each recipient in their language; {@code dedupKey} as in {@link
   * Notifications#send}, the same for every language.
   */
  public void send(
      String dedupKey,
      Collection<String> recipients,
      String dossierCode,
      Function<Locale, NoticeText> text) {
    Map<Locale, Set<String>> byLanguage = new LinkedHashMap<>();
    for (String recipient : recipients) {
      byLanguage
          .computeIfAbsent(officials.language(recipient), l -> new LinkedHashSet<>())
          .add(recipient);
    }
    byLanguage.forEach(
        (language, people) -> {
          NoticeText written = text.apply(language);
          notifications.send(dedupKey, people, written.subject(), written.body(), dossierCode);
        });
  }

  /** The dossier's page, as a full address for e-mails ({@code motcua.public-base-url}). */
  public String link(String dossierCode) {
    return base + "/dossiers/" + dossierCode;
  }
}
