package vn.motcua.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A plausible JSON body for a request type, built from its record components (or fields), and the
 * leaves in it a fuzz test can spoil: each with its path and what kind of value it holds.
 */
final class JsonBodies {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  enum Kind {
    TEXT,
    DATE,
    NUMBER,
    OTHER_SCALAR,
    LIST,
    OBJECT
  }

  /** One place in the body: the keys and indexes leading to it, its kind, whether typed. */
  record Leaf(List<Object> path, Kind kind, boolean typed) {
    String name() {
      return path.stream().map(String::valueOf).reduce((a, b) -> a + "." + b).orElse("$");
    }
  }

  private JsonBodies() {}

  /** A body for {@code type}, with values from {@code example} where it has them. */
  static Object skeleton(Type type, Object example) {
    return build(type, example, 0);
  }

  private static Object build(Type type, Object example, int depth) {
    Class<?> raw = raw(type);
    if (depth > 6) {
      return null;
    }
    if (raw == String.class || raw == CharSequence.class) {
      return example instanceof String text ? text : "fuzz";
    }
    if (raw.isEnum()) {
      return example != null ? example : raw.getEnumConstants()[0].toString();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return true;
    }
    if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
      return example != null ? example : raw == BigDecimal.class ? 1.5 : 1;
    }
    if (raw == LocalDate.class) {
      return "2026-12-01";
    }
    if (raw == LocalDateTime.class) {
      return "2026-12-01T08:00:00";
    }
    if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
      return "2026-12-01T01:00:00Z";
    }
    if (raw == LocalTime.class) {
      return "08:00:00";
    }
    if (raw == Duration.class) {
      return "PT1H";
    }
    if (raw == YearMonth.class) {
      return "2026-12";
    }
    if (raw == Year.class) {
      return 2026;
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0);
      Object first = example instanceof List<?> list && !list.isEmpty() ? list.get(0) : null;
      List<Object> list = new ArrayList<>();
      list.add(build(element, first, depth + 1));
      return list;
    }
    if (Map.class.isAssignableFrom(raw)) {
      if (example instanceof Map<?, ?> map) {
        return new LinkedHashMap<>(map);
      }
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("fuzz", build(argument(type, 1), null, depth + 1));
      return map;
    }
    if (raw == Object.class) {
      return example != null ? example : "fuzz";
    }
    Map<?, ?> given = example instanceof Map<?, ?> map ? map : Map.of();
    Map<String, Object> body = new LinkedHashMap<>();
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        body.put(
            component.getName(),
            build(component.getGenericType(), given.get(component.getName()), depth + 1));
      }
    } else {
      for (Field field : raw.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          body.put(
              field.getName(),
              build(field.getGenericType(), given.get(field.getName()), depth + 1));
        }
      }
    }
    // keys of the example the type does not know (free-form parts) are kept
    given.forEach((key, value) -> body.putIfAbsent(String.valueOf(key), value));
    return body;
  }

  /** Every place in {@code body} worth spoiling; typed where {@code type} declares it. */
  static List<Leaf> leaves(Object body, Type type) {
    List<Leaf> leaves = new ArrayList<>();
    collect(body, type, new ArrayList<>(), leaves);
    return leaves;
  }

  private static void collect(Object value, Type type, List<Object> path, List<Leaf> leaves) {
    boolean typed =
        type != null && raw(type) != Object.class && !Map.class.isAssignableFrom(raw(type));
    Class<?> raw = type == null ? Object.class : raw(type);
    if (value instanceof Map<?, ?> map) {
      if (!path.isEmpty()) {
        leaves.add(new Leaf(List.copyOf(path), Kind.OBJECT, typed));
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        path.add(entry.getKey());
        collect(
            entry.getValue(),
            componentType(raw, type, String.valueOf(entry.getKey())),
            path,
            leaves);
        path.remove(path.size() - 1);
      }
    } else if (value instanceof List<?> list) {
      leaves.add(new Leaf(List.copyOf(path), Kind.LIST, typed));
      for (int i = 0; i < list.size(); i++) {
        path.add(i);
        Type element =
            type == null ? null : raw.isArray() ? raw.getComponentType() : argument(type, 0);
        collect(list.get(i), element, path, leaves);
        path.remove(path.size() - 1);
      }
    } else if (value instanceof String text) {
      boolean date = DATE.matcher(text).matches() || isDateType(raw);
      leaves.add(new Leaf(List.copyOf(path), date ? Kind.DATE : Kind.TEXT, typed));
    } else if (value instanceof Number) {
      leaves.add(new Leaf(List.copyOf(path), isDateType(raw) ? Kind.DATE : Kind.NUMBER, typed));
    } else if (value != null) {
      leaves.add(new Leaf(List.copyOf(path), Kind.OTHER_SCALAR, typed));
    }
  }

  private static boolean isDateType(Class<?> raw) {
    return raw == LocalDate.class
        || raw == LocalDateTime.class
        || raw == Instant.class
        || raw == OffsetDateTime.class
        || raw == ZonedDateTime.class
        || raw == YearMonth.class
        || raw == Year.class;
  }

  private static Type componentType(Class<?> raw, Type type, String name) {
    if (type == null) {
      return null;
    }
    if (Map.class.isAssignableFrom(raw)) {
      return argument(type, 1) == Object.class ? null : argument(type, 1);
    }
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        if (component.getName().equals(name)) {
          return component.getGenericType();
        }
      }
    }
    for (Field field : raw.getDeclaredFields()) {
      if (field.getName().equals(name)) {
        return field.getGenericType();
      }
    }
    return null;
  }

  /** A copy of {@code body} with the value at {@code path} replaced. */
  @SuppressWarnings("unchecked")
  static Object replace(Object body, List<Object> path, Object value) {
    if (path.isEmpty()) {
      return value;
    }
    Object head = path.get(0);
    List<Object> rest = path.subList(1, path.size());
    if (body instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>((Map<Object, Object>) map);
      copy.put(head, replace(map.get(head), rest, value));
      return copy;
    }
    List<Object> copy = new ArrayList<>((List<Object>) body);
    int index = (Integer) head;
    copy.set(index, replace(copy.get(index), rest, value));
    return copy;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      Type argument = p.getActualTypeArguments()[index];
      return argument instanceof WildcardType w ? w.getUpperBounds()[0] : argument;
    }
    return Object.class;
  }
}
