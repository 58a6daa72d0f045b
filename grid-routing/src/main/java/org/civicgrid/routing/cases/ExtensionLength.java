package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How much longer an extension (延期) gives a case, in working hours or working days of the handling
 * unit's calendar. The two units are kept apart on purpose: one working day is not 24 working hours.
 * Immutable.
 *
 * @param amount how many, 1 to 365
 * @param unit working hours or working days
 */
public record ExtensionLength(int amount, Unit unit) {

  /** The unit an extension is measured in. */
  public enum Unit {
    /** Hours inside the calendar's working hours (工作时). */
    WORKING_HOURS,
    /** Whole working days of the calendar (工作日). */
    WORKING_DAYS
  }

  public ExtensionLength {
    checkNotNull(unit, "unit");
    checkArgument(amount >= 1 && amount <= 365, "extension of %s %s outside 1..365", amount, unit);
  }

  public static ExtensionLength workingHours(int hours) {
    return new ExtensionLength(hours, Unit.WORKING_HOURS);
  }

  public static ExtensionLength workingDays(int days) {
    return new ExtensionLength(days, Unit.WORKING_DAYS);
  }

  /** {@code 3 working days}. */
  @Override
  public String toString() {
    return amount + (unit == Unit.WORKING_HOURS ? " working hours" : " working days");
  }
}
