/**
 * Working time: the one clock every module reads, office hours and working days, and arithmetic on
 * them. No other module does date arithmetic on its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package vn.motcua.calendar;
