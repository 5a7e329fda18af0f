package vn.motcua.dossierpage.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.motcua.catalogue.FormField;

/**
 * One item of the data received: the start form's label (the key when the form has none) and the
 * value as a person reads it: a choice by its label, a date {@code dd/MM/yyyy}, a time {@code
 * dd/MM/yyyy HH:mm}, yes/no by the given words.
 */
record DataRow(String key, String label, String value) {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** The rows: the form's fields in form order first, then any other key received. */
  static List<DataRow> of(
      Map<String, Object> data, List<FormField> form, ZoneId zone, String yes, String no) {
    if (data == null || data.isEmpty()) {
      return List.of();
    }
    Map<String, FormField> byKey = new LinkedHashMap<>();
    form.forEach(field -> byKey.putIfAbsent(field.key(), field));
    Set<String> keys = new LinkedHashSet<>();
    byKey.keySet().stream().filter(data::containsKey).forEach(keys::add);
    keys.addAll(data.keySet());
    List<DataRow> rows = new ArrayList<>();
    for (String key : keys) {
      FormField field = byKey.get(key);
      Map<String, String> choices = new LinkedHashMap<>();
      if (field != null) {
        field.options().forEach(option -> choices.put(option.value(), option.label()));
      }
      rows.add(
          new DataRow(
              key,
              field == null ? key : field.label(),
              text(data.get(key), choices, zone, yes, no)));
    }
    return rows;
  }

  private static String text(
      Object value, Map<String, String> choices, ZoneId zone, String yes, String no) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return b ? yes : no;
    }
    if (value instanceof Collection<?> many) {
      return many.stream()
          .map(v -> text(v, choices, zone, yes, no))
          .collect(Collectors.joining(", "));
    }
    String s = value.toString();
    if (choices.containsKey(s)) {
      return choices.get(s);
    }
    try {
      if (DATE.matcher(s).matches()) {
        return DAY.format(LocalDate.parse(s));
      }
      if (DATE_TIME.matcher(s).matches()) {
        return MINUTE.format(OffsetDateTime.parse(s).atZoneSameInstant(zone));
      }
    } catch (DateTimeParseException e) {
      return s;
    }
    return s;
  }
}
