package vn.motcua.calendar.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.motcua.calendar.AnnouncedDay;
import vn.motcua.calendar.HolidayKind;
import vn.motcua.calendar.Occasion;

/** The announced days per year, and the log of every change to them. */
@Repository
public class AnnouncementStore {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  AnnouncementStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public List<AnnouncedDay> forYear(int year) {
    return jdbc.sql(
            "select announced_day, name, kind, occasion from holiday_announcement"
                + " where announced_year = ?"
                + " order by announced_day")
        .param(year)
        .query(
            (rs, row) ->
                new AnnouncedDay(
                    rs.getObject("announced_day", java.time.LocalDate.class),
                    rs.getString("name"),
                    HolidayKind.valueOf(rs.getString("kind")),
                    Occasion.valueOf(rs.getString("occasion"))))
        .list();
  }

  /**
   * Replaces the year's announcement and logs who did it, when and why; returns the id of the log
   * entry ({@code holiday_announcement_change}).
   */
  public long replace(int year, List<AnnouncedDay> days, String by, Instant at, String reason) {
    jdbc.sql("delete from holiday_announcement where announced_year = ?").param(year).update();
    for (AnnouncedDay day : days) {
      jdbc.sql(
              "insert into holiday_announcement (announced_year, announced_day, occasion, kind, name)"
                  + " values (?, ?, ?, ?, ?)")
          .params(year, day.date(), day.occasion().name(), day.kind().name(), day.name())
          .update();
    }
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into holiday_announcement_change (announced_year, changed_by, changed_at,"
                + " reason, days) values (?, ?, ?, ?, ?)")
        .params(year, by, at.atOffset(ZoneOffset.UTC), reason, toJson(days))
        .update(id, "id");
    return id.getKeyAs(Long.class);
  }

  private String toJson(List<AnnouncedDay> days) {
    try {
      return json.writeValueAsString(days);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot record announcement", e);
    }
  }
}
