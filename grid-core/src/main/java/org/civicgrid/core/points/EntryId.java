package org.civicgrid.core.points;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The number a ledger gives an entry when it is appended: positive and strictly increasing in the
 * order entries are appended, so a statement in ledger order is a statement in id order. Ids need
 * not be consecutive (a database sequence may skip numbers). Immutable.
 */
public record EntryId(long value) implements Comparable<EntryId> {
  public EntryId {
    checkArgument(value > 0, "entry id %s must be positive", value);
  }

  public static EntryId of(long value) {
    return new EntryId(value);
  }

  @Override
  public int compareTo(EntryId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
