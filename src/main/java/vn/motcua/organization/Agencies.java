package vn.motcua.organization;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the agency tree. Agencies found are kept a minute (every step created and every report row
 * looks up its agency and the ones above it); an organisation change on this node forgets them at
 * once, one on another node is seen within the minute.
 */
@Component
public class Agencies {

  private final JdbcClient jdbc;
  private final Cache<String, Agency> found =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

  Agencies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Agency> find(String code) {
    Agency agency = found.getIfPresent(code);
    if (agency != null) {
      return Optional.of(agency);
    }
    Optional<Agency> read =
        jdbc.sql("select code, name, parent_code from agency where code = ?")
            .param(code)
            .query(Agency.class)
            .optional();
    read.ifPresent(a -> found.put(code, a));
    return read;
  }

  @EventListener
  void on(OrganisationChanged change) {
    found.invalidateAll();
  }

  /** The agency's own office hours ({@code 07:30-11:30,13:00-17:00}), if it set any. */
  public Optional<String> officeHours(String code) {
    return jdbc.sql("select office_hours from agency where code = ?")
        .param(code)
        .query(String.class)
        .optional();
  }

  /**
   * The place the agency writes before the date of its papers ("Xã An Bình"), if an administrator
   * set one (issue 20; Decree 30/2020/NĐ-CP, Annex I: the administrative unit where it sits).
   */
  public Optional<String> place(String code) {
    return jdbc.sql("select place from agency where code = ? and place is not null")
        .param(code)
        .query(String.class)
        .optional();
  }

  /** The agency and every agency below it, at any depth. */
  public List<String> subtree(String code) {
    return jdbc.sql(
            "with recursive below (code) as (select code from agency where code = ?"
                + " union all select a.code from agency a join below b on a.parent_code = b.code)"
                + " select code from below")
        .param(code)
        .query(String.class)
        .list();
  }

  /** Whether {@code ancestor} is {@code code} or an agency above it. */
  public boolean isWithin(String code, String ancestor) {
    String current = code;
    for (int depth = 0; current != null && depth < 32; depth++) {
      if (current.equals(ancestor)) {
        return true;
      }
      current = find(current).map(Agency::parentCode).orElse(null);
    }
    return false;
  }

  public List<Agency> all() {
    return jdbc.sql("select code, name, parent_code from agency order by code")
        .query(Agency.class)
        .list();
  }
}
