package vn.motcua.web.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

/**
 * Dates and times in a request body only within the years {@value #FIRST}–{@value #LAST}: Java
 * reads {@code -999999999-01-01} and {@code +1000000-01-01} as valid dates that PostgreSQL and the
 * working calendar cannot handle. Wraps Jackson's own java.time deserializers (so their formats and
 * {@code @JsonFormat} still apply) and refuses the value they read when its year is outside; the
 * range leaves room for old land and civil-status records and for long-term deadlines.
 */
final class YearRange extends BeanDeserializerModifier {

  private static final long serialVersionUID = 1L;

  static final int FIRST = 1800;
  static final int LAST = 2200;

  private static final Instant START =
      LocalDate.of(FIRST, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Instant END =
      LocalDate.of(LAST + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

  private static final Set<Class<?>> DATE_TYPES =
      Set.of(
          LocalDate.class,
          LocalDateTime.class,
          Instant.class,
          OffsetDateTime.class,
          ZonedDateTime.class,
          YearMonth.class,
          Year.class);

  @Override
  public JsonDeserializer<?> modifyDeserializer(
      DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
    return DATE_TYPES.contains(description.getBeanClass())
        ? new Checked(deserializer)
        : deserializer;
  }

  static boolean within(Object value) {
    if (!(value instanceof TemporalAccessor temporal)) {
      return true;
    }
    if (value instanceof Instant instant) {
      return !instant.isBefore(START) && instant.isBefore(END);
    }
    int year = temporal.get(ChronoField.YEAR);
    return year >= FIRST && year <= LAST;
  }

  private static final class Checked extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    Checked(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Checked(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      Object value = super.deserialize(parser, context);
      if (!within(value)) {
        throw context.weirdStringException(
            parser.getText(), handledType(), "year outside " + FIRST + "–" + LAST);
      }
      return value;
    }
  }
}
