package vn.motcua.reporting.internal;

import java.util.Comparator;
import java.util.List;

/** Orders report groups named by a list of keys (agency, then procedure), nulls last. */
final class GroupKey {

  static final Comparator<List<String>> ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c =
              Comparator.nullsLast(Comparator.<String>naturalOrder()).compare(a.get(i), b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  private GroupKey() {}
}
