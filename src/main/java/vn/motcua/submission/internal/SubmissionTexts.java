package vn.motcua.submission.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts the submission page's script writes ({@code submission.js.*} in the message bundles),
 * in the reader's language. A resource bundle cannot list its keys, hence the list here.
 */
@Component
class SubmissionTexts {

  private static final List<String> KEYS =
      List.of(
          "incomplete",
          "formErrors",
          "failed",
          "dateFormat",
          "badDate",
          "tooLarge",
          "wrongType",
          "scanOf",
          "codeSent",
          "codeNeeded",
          "proved",
          "contactNeeded",
          "fjs.required",
          "fjs.pattern",
          "fjs.min",
          "fjs.max",
          "fjs.minLength",
          "fjs.maxLength",
          "fjs.email",
          "fjs.select",
          "fjs.search",
          "commune.commune-of-residence",
          "commune.commune-of-land",
          "resolving");

  private final MessageSource messages;

  SubmissionTexts(MessageSource messages) {
    this.messages = messages;
  }

  Map<String, String> of(Locale locale) {
    Map<String, String> texts = new LinkedHashMap<>();
    KEYS.forEach(
        key ->
            texts.put(
                "submission.js." + key,
                messages.getMessage("submission.js." + key, null, key, locale)));
    return texts;
  }
}
