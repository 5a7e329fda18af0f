package vn.motcua.calendar;

import java.time.Instant;
import java.util.List;

/** An administrator set a year's announced days off; the working calendar changed. */
public record HolidaysAnnounced(
    int year, List<AnnouncedDay> days, String changedBy, Instant changedAt, String reason) {}
