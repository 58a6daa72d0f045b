/**
 * Working calendars and time limits (时限). A {@link org.civicgrid.routing.calendar.WorkingCalendar}
 * says when a unit works: weekly hours, public holidays and make-up working days (调休) from yearly
 * data, and the unit's own dates. A {@link org.civicgrid.routing.calendar.TimeLimit} is an amount of
 * working or calendar minutes, hours or days (different units, never converted), and a {@link
 * org.civicgrid.routing.calendar.Deadline} is its clock on one case step, with pauses that do not
 * count, re-projection when the calendar changes, and a traffic-light status.
 */
package org.civicgrid.routing.calendar;
