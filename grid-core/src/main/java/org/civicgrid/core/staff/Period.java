package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days an {@link Assignment} is effective: from {@code from} (inclusive) until {@code until}
 * (exclusive), or open-ended while it lasts. Half-open, so on the day a grid leader changes, the old
 * period has ended and the new one has begun: exactly one of them contains that day. Immutable.
 *
 * @param until the first day no longer in the period, empty while the period is open
 */
public record Period(LocalDate from, Optional<LocalDate> until) {
  public Period {
    checkNotNull(from, "from");
    checkNotNull(until, "until");
    checkArgument(until.isEmpty() || from.isBefore(until.get()), "empty period from %s until %s", from,
        until.orElse(null));
  }

  /** An open-ended period from this day on. */
  public static Period from(LocalDate from) {
    return new Period(from, Optional.empty());
  }

  /**
   * The days from {@code from} up to, but not including, {@code until}.
   *
   * @throws IllegalArgumentException when {@code until} is not after {@code from}
   */
  public static Period of(LocalDate from, LocalDate until) {
    return new Period(from, Optional.of(checkNotNull(until, "until")));
  }

  /** This period ending before {@code until}: the same start, {@code until} the first day outside. */
  public Period withUntil(LocalDate until) {
    return of(from, until);
  }

  public boolean isOpen() {
    return until.isEmpty();
  }

  public boolean contains(LocalDate date) {
    checkNotNull(date, "date");
    return !date.isBefore(from) && (until.isEmpty() || date.isBefore(until.get()));
  }

  /**
   * True when some day lies in both periods; periods that only touch ({@code [a, b)} and
   * {@code [b, c)}) do not overlap.
   */
  public boolean overlaps(Period other) {
    return (until.isEmpty() || other.from.isBefore(until.get()))
        && (other.until.isEmpty() || from.isBefore(other.until.get()));
  }

  @Override
  public String toString() {
    return "[" + from + ", " + until.map(LocalDate::toString).orElse("…") + ")";
  }
}
