package org.civicgrid.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A period in which a grid existed: from {@code from} (inclusive) to {@code to} (exclusive, the date
 * it was retired), {@code to} empty while it still exists. Immutable and thread-safe.
 */
public record Validity(LocalDate from, Optional<LocalDate> to) {
  public Validity {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(to.isEmpty() || from.isBefore(to.get()), "empty period %s to %s", from, to);
  }

  /** True when the grid existed on {@code date}. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && to.map(date::isBefore).orElse(true);
  }

  public boolean isOpen() {
    return to.isEmpty();
  }

  @Override
  public String toString() {
    return "[" + from + ", " + to.map(LocalDate::toString).orElse("…") + ")";
  }
}
