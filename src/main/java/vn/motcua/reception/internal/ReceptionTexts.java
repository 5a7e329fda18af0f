package vn.motcua.reception.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierStatus;

/**
 * The texts the reception page's script writes (results, problems it finds itself, labels of the
 * checklist), read from {@code messages*.properties} ({@code recpage.js.*}) in the user's language.
 * A resource bundle cannot list its keys, hence the list here.
 */
@Component
class ReceptionTexts {

  private static final List<String> KEYS =
      List.of(
          "calendarDays",
          "workingDays",
          "workingHours",
          "sameDay",
          "noProcedure",
          "noStartForm",
          "chooseProcedure",
          "incomplete",
          "formErrors",
          "failed",
          "dateFormat",
          "dateTimeFormat",
          "badDate",
          "badDateTime",
          "reuse",
          "countOf",
          "scanOf",
          "tooLarge",
          "wrongType",
          "nothingMissing",
          "paper",
          "received.ORIGINAL",
          "received.CERTIFIED_COPY",
          "received.COPY",
          "received.SHOWN",
          "received.MISSING",
          "done.RECEIVE",
          "done.REQUEST_COMPLETION",
          "done.REFUSE",
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
          "resolving",
          "transferred");

  private final MessageSource messages;

  ReceptionTexts(MessageSource messages) {
    this.messages = messages;
  }

  Map<String, String> of(Locale locale) {
    Map<String, String> texts = new LinkedHashMap<>();
    Stream.concat(
            KEYS.stream(),
            Stream.of(DossierStatus.values()).map(status -> "status." + status.name()))
        .forEach(
            key ->
                texts.put(
                    "recpage.js." + key,
                    messages.getMessage("recpage.js." + key, null, key, locale)));
    return texts;
  }
}
