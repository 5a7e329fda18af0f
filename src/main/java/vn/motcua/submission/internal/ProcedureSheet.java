package vn.motcua.submission.internal;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.LegalTimeVariant;
import vn.motcua.catalogue.Procedure;
import vn.motcua.organization.Agency;

/**
 * A procedure as the public pages show it: its legal time and fee in words, in the reader's
 * language.
 */
@Component
class ProcedureSheet {

  /** One procedure, in words. */
  record Sheet(
      String key,
      String code,
      String name,
      String field,
      String legalTime,
      List<String> variants,
      String fee,
      List<Procedure.RequiredDocument> checklist,
      List<String> legalBasis,
      List<Agency> agencies,
      boolean online) {}

  private final MessageSource messages;

  ProcedureSheet(MessageSource messages) {
    this.messages = messages;
  }

  Sheet of(Procedure p, List<Agency> agencies, Locale locale) {
    var props = p.properties();
    return new Sheet(
        p.key(),
        p.code(),
        p.name(),
        props.get("field"),
        legalTime(p, locale),
        p.legalTimeVariants().stream().map(v -> variant(v, locale)).toList(),
        fee(props.get("fee"), locale),
        p.checklist(),
        Arrays.stream(props.getOrDefault("legalBasis", "").split(";"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList(),
        agencies,
        !"NONE".equals(props.getOrDefault("onlineServiceLevel", "FULL")));
  }

  private String legalTime(Procedure p, Locale locale) {
    if (p.legalCalendarDays().isPresent()) {
      return text("public.time.calendarDays", locale, p.legalCalendarDays().getAsInt());
    }
    if (p.legalWorkingHours().isPresent()) {
      return text("public.time.workingHours", locale, p.legalWorkingHours().getAsInt());
    }
    if (p.legalWorkingDays() == 0) {
      return text("public.time.sameDay", locale, String.valueOf(p.sameDayCutoff()));
    }
    return text("public.time.workingDays", locale, p.legalWorkingDays());
  }

  private String variant(LegalTimeVariant v, Locale locale) {
    return text(
        "public.time.variant",
        locale,
        v.label(),
        text("public.time." + v.unit().word(), locale, v.amount()),
        v.legalBasis());
  }

  /** The fee as the BPMN says it; {@code 0} in words (free of charge). */
  private String fee(String fee, Locale locale) {
    if (fee == null || fee.isBlank()) {
      return text("public.fee.unknown", locale);
    }
    if (fee.strip().equals("0")) {
      return text("public.fee.free", locale);
    }
    String amount = fee.strip();
    return amount.matches("\\d{1,15}")
        ? text(
            "public.fee.vnd",
            locale,
            NumberFormat.getIntegerInstance(locale).format(Long.parseLong(amount)))
        : amount;
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
