package vn.motcua.studio.internal;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts the studio's scripts write (labels, problems, the preview's columns), every key of
 * {@code messages.properties} starting with {@value #PREFIX}, in the user's language. The keys are
 * listed from the default bundle; the texts come from the message source, like every other text.
 */
@Component
class StudioPageTexts {

  static final String PREFIX = "studiopage.js.";

  private final MessageSource messages;
  private final Iterable<String> keys;

  StudioPageTexts(MessageSource messages) {
    this.messages = messages;
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "messages",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.keys = bundle.keySet().stream().filter(key -> key.startsWith(PREFIX)).sorted().toList();
  }

  /** Key (without the prefix) → text, in {@code locale}. */
  Map<String, String> of(Locale locale) {
    Map<String, String> texts = new TreeMap<>();
    for (String key : keys) {
      texts.put(key.substring(PREFIX.length()), messages.getMessage(key, null, key, locale));
    }
    return texts;
  }
}
