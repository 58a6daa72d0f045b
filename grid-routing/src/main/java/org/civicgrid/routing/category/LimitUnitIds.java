package org.civicgrid.routing.category;

import com.google.common.collect.ImmutableBiMap;
import org.civicgrid.routing.calendar.LimitUnit;
import org.civicgrid.routing.calendar.TimeLimit;

/**
 * The ids a catalogue file gives the units of a handling limit ({@link TimeLimit}): {@code working-*}
 * for working time and {@code natural-*} (自然) for the calendar units, as limit tables name them.
 * Stateless.
 */
final class LimitUnitIds {
  private static final ImmutableBiMap<LimitUnit, String> IDS = ImmutableBiMap.<LimitUnit, String>builder()
      .put(LimitUnit.WORKING_MINUTES, "working-minutes")
      .put(LimitUnit.WORKING_HOURS, "working-hours")
      .put(LimitUnit.WORKING_DAYS, "working-days")
      .put(LimitUnit.CALENDAR_MINUTES, "natural-minutes")
      .put(LimitUnit.CALENDAR_HOURS, "natural-hours")
      .put(LimitUnit.CALENDAR_DAYS, "natural-days")
      .buildOrThrow();

  /** Every id, in the order of {@link LimitUnit}, for messages. */
  static final String ALL = String.join(", ", IDS.values());

  private LimitUnitIds() {}

  /** The file id of {@code unit}, such as {@code natural-hours} for {@link LimitUnit#CALENDAR_HOURS}. */
  static String id(LimitUnit unit) {
    return IDS.get(unit);
  }

  /** The unit with the file id {@code id}, or null. */
  static LimitUnit unit(String id) {
    return IDS.inverse().get(id);
  }
}
