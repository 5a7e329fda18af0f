package vn.motcua.calendar;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a year's announced days off come from: the reason recorded with the year's latest change
 * ({@code holiday_announcement_change}), which names the government's document (e.g. "công văn
 * 12729/VPCP-KGVX"). Public pages cite it as the legal basis of a swapped day off or a make-up
 * working day.
 */
@Component
public class AnnouncementReasons {

  private final JdbcClient jdbc;

  AnnouncementReasons(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The reason of the year's latest announcement change, if the year has one. */
  public Optional<String> of(int year) {
    return jdbc.sql(
            "select reason from holiday_announcement_change where announced_year = ?"
                + " order by changed_at desc, id desc limit 1")
        .param(year)
        .query(String.class)
        .optional();
  }
}
