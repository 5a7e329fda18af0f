package vn.motcua.calendar.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.calendar.AnnouncedDay;
import vn.motcua.calendar.HolidayKind;
import vn.motcua.calendar.Occasion;

/**
 * The body of {@code PUT /api/calendar/announcements/{year}}: the year's announced days, none of
 * them null (also refused while reading the JSON: {@code web.internal.JsonInputLimits}).
 */
record AnnouncementRequest(
    @NotBlank @Size(max = 1000) String reason,
    @NotNull @Size(max = 60) List<@NotNull @Valid Day> days) {

  record Day(
      @NotNull LocalDate date,
      @NotBlank @Size(max = 255) String name,
      @NotNull HolidayKind kind,
      @NotNull Occasion occasion) {

    AnnouncedDay toAnnouncedDay() {
      return new AnnouncedDay(date, name.strip(), kind, occasion);
    }
  }
}
