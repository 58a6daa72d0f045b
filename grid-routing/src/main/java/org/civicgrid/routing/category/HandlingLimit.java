package org.civicgrid.routing.category;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A subcategory's handling time limit (处置时限): an amount of working or natural time, such as
 * Jiyuan's 15 working days for an illegal structure or 5 working hours for a dirty road. Only the
 * amount and unit; computing a deadline on a working calendar is the calendar's job. Immutable.
 *
 * @param amount how many units, at least 1
 * @param unit working or natural hours or days
 */
public record HandlingLimit(int amount, LimitUnit unit) {
  public HandlingLimit {
    checkArgument(amount > 0, "a handling limit must be at least 1, not %s", amount);
    checkNotNull(unit, "unit");
  }

  /** {@code amount} working hours (工作时). */
  public static HandlingLimit workingHours(int amount) {
    return new HandlingLimit(amount, LimitUnit.WORKING_HOURS);
  }

  /** {@code amount} working days (工作日). */
  public static HandlingLimit workingDays(int amount) {
    return new HandlingLimit(amount, LimitUnit.WORKING_DAYS);
  }

  /** {@code amount} clock hours (自然时). */
  public static HandlingLimit naturalHours(int amount) {
    return new HandlingLimit(amount, LimitUnit.NATURAL_HOURS);
  }

  /** {@code amount} calendar days (自然日). */
  public static HandlingLimit naturalDays(int amount) {
    return new HandlingLimit(amount, LimitUnit.NATURAL_DAYS);
  }

  /** Such as {@code 15 working-days}: the amount and the unit's id. */
  @Override
  public String toString() {
    return amount + " " + unit.id();
  }
}
