package vn.motcua.calendar;

import java.time.LocalDate;

/** Whether a date is a working day, and why (a weekend, a holiday's name, a make-up day). */
public record DayStatus(LocalDate date, boolean working, String reason) {}
