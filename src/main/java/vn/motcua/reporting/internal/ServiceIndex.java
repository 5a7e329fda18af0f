package vn.motcua.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The service-index indicators (Decision 766/QĐ-TTg) computed from the statistics table: each as a
 * ratio with numerator, denominator, formula and points. Indicators the engine does not yet record
 * (online payment, digitisation, publicity, satisfaction) are listed as not measured, with their
 * points, rather than guessed.
 */
@Component
@EnableConfigurationProperties(ServiceIndexPoints.class)
class ServiceIndex {

  /** One indicator; {@code ratio} and {@code points} are null when it is not measured. */
  record Indicator(
      String group,
      String id,
      String name,
      String formula,
      Long numerator,
      Long denominator,
      BigDecimal ratio,
      double maxPoints,
      BigDecimal points) {}

  private final ServiceIndexPoints points;
  private final MessageSource messages;

  ServiceIndex(ServiceIndexPoints points, MessageSource messages) {
    this.points = points;
    this.messages = messages;
  }

  List<Indicator> of(StatisticsRow total) {
    return List.of(
        measured(
            "progress",
            "on-time",
            total.resolvedEarly() + total.resolvedOnTime(),
            total.resolved(),
            points.onTime()),
        measured("progress", "apology", total.apologised(), total.lateOnes(), points.apology()),
        measured(
            "online",
            "submitted-online",
            total.receivedOnline(),
            total.receivedOnline() + total.receivedDirect(),
            points.submittedOnline()),
        unmeasured("online", "paid-online", points.paidOnline()),
        unmeasured("digitisation", "digitised", points.digitisation()),
        unmeasured("publicity", "published", points.publicity()),
        unmeasured("satisfaction", "satisfaction", points.satisfaction()));
  }

  private Indicator measured(
      String group, String id, long numerator, long denominator, double maxPoints) {
    BigDecimal ratio =
        denominator == 0
            ? null
            : BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    BigDecimal earned =
        ratio == null
            ? null
            : ratio.multiply(BigDecimal.valueOf(maxPoints)).setScale(2, RoundingMode.HALF_UP);
    return new Indicator(
        group,
        id,
        text("report.index." + id),
        text("report.index." + id + ".formula"),
        numerator,
        denominator,
        ratio,
        maxPoints,
        earned);
  }

  private Indicator unmeasured(String group, String id, double maxPoints) {
    return new Indicator(
        group,
        id,
        text("report.index." + id),
        text("report.index.unmeasured"),
        null,
        null,
        null,
        maxPoints,
        null);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
