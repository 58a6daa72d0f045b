package org.civicgrid.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of a {@link GridHistory}: the changes applied together, the date from which they hold
 * (inclusive), why, and the {@link ChangeRecord}s they produced. Revision 1 is the starting
 * hierarchy and has no changes. Immutable and thread-safe.
 */
public record Revision(
    int number, LocalDate effective, String reason, List<Change> changes, List<ChangeRecord> records) {

  public Revision {
    checkArgument(number >= 1, "revision number %s", number);
    checkNotNull(effective, "effective");
    checkArgument(reason != null && !reason.isBlank(), "revision %s needs a reason", number);
    changes = ImmutableList.copyOf(changes);
    records = ImmutableList.copyOf(records);
  }

  @Override
  public String toString() {
    return "revision " + number + " of " + effective + " (" + reason + "): " + changes.size() + " change(s)";
  }
}
