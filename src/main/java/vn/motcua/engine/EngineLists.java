package vn.motcua.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * How a plugin adds to one of the engine configuration's lists (custom parse listeners,
 * pre-deployers, command interceptors, session factories), which are null until someone sets one.
 */
public final class EngineLists {

  private EngineLists() {}

  /** {@code existing} (null: none) with {@code added} after them. */
  public static <T> List<T> append(List<T> existing, T added) {
    List<T> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    all.add(added);
    return all;
  }

  /** {@code added} before {@code existing} (null: none), so it runs first. */
  public static <T> List<T> prepend(List<T> existing, T added) {
    List<T> all = new ArrayList<>();
    all.add(added);
    if (existing != null) {
      all.addAll(existing);
    }
    return all;
  }
}
