package org.civicgrid.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * The change records of a {@link GridHistory} in the order they were made, which is also the order
 * of their effective dates, with filters by date and kind. Date ranges are half-open like
 * {@link Validity}: {@code between(2024-03-01, 2024-04-01)} is March 2024. Immutable and thread-safe.
 */
public final class ChangeLog implements Iterable<ChangeRecord> {
  private static final ChangeLog EMPTY = new ChangeLog(ImmutableList.of());

  private final ImmutableList<ChangeRecord> records;

  private ChangeLog(ImmutableList<ChangeRecord> records) {
    this.records = records;
  }

  static ChangeLog empty() {
    return EMPTY;
  }

  /** This log followed by {@code later}, which must not be effective before the last record here. */
  ChangeLog plus(List<ChangeRecord> later) {
    return new ChangeLog(ImmutableList.<ChangeRecord>builder().addAll(records).addAll(later).build());
  }

  public ImmutableList<ChangeRecord> records() {
    return records;
  }

  public int size() {
    return records.size();
  }

  public boolean isEmpty() {
    return records.isEmpty();
  }

  /** The records effective on or after {@code from} and before {@code to}. */
  public ChangeLog between(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "range ends %s before it starts %s", to, from);
    return new ChangeLog(records.subList(firstOnOrAfter(from), firstOnOrAfter(to)));
  }

  /** The records effective on or after {@code from}. */
  public ChangeLog since(LocalDate from) {
    checkNotNull(from, "from");
    return new ChangeLog(records.subList(firstOnOrAfter(from), records.size()));
  }

  /** The records effective before {@code to}. */
  public ChangeLog before(LocalDate to) {
    checkNotNull(to, "to");
    return new ChangeLog(records.subList(0, firstOnOrAfter(to)));
  }

  /** The records of one kind. */
  public ChangeLog ofKind(ChangeKind kind) {
    checkNotNull(kind, "kind");
    return new ChangeLog(records.stream().filter(r -> r.kind() == kind).collect(ImmutableList.toImmutableList()));
  }

  @Override
  public Iterator<ChangeRecord> iterator() {
    return records.iterator();
  }

  /** Binary search: records are in order of effective date. */
  private int firstOnOrAfter(LocalDate date) {
    int low = 0;
    int high = records.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (records.get(mid).effective().isBefore(date)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  @Override
  public String toString() {
    return records.isEmpty() ? "no changes" : String.join("\n", records.stream().map(ChangeRecord::toString).toList());
  }
}
