package org.civicgrid.core.points;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A person's balance over time: entries sorted by the instant they occurred, with the balance after
 * each and the lowest balance from each on, so that "balance at t" and "lowest balance from t on"
 * are binary searches. Entries that occurred at one instant count together. Immutable.
 */
final class BalanceTimeline {
  private final Instant[] instants;
  private final long[] balanceAfter;
  private final long[] lowestFrom;

  /** @param changes each entry's signed effect on the balance, in the order of {@code entries} */
  BalanceTimeline(List<LedgerEntry> entries, long[] changes) {
    int n = entries.size();
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    // Stable, so entries of one instant stay in ledger order.
    Arrays.sort(order, Comparator.comparing(i -> entries.get(i).occurredAt()));
    instants = new Instant[n];
    balanceAfter = new long[n];
    long balance = 0;
    for (int i = 0; i < n; i++) {
      instants[i] = entries.get(order[i]).occurredAt();
      balance += changes[order[i]];
      balanceAfter[i] = balance;
    }
    lowestFrom = new long[n];
    long lowest = Long.MAX_VALUE;
    for (int i = n - 1; i >= 0; i--) {
      // Only the last entry of an instant shows the balance at that instant.
      if (i == n - 1 || !instants[i + 1].equals(instants[i])) {
        lowest = Math.min(lowest, balanceAfter[i]);
      }
      lowestFrom[i] = lowest;
    }
  }

  /** The balance counting every entry that occurred at or before {@code time}. */
  long at(Instant time) {
    int last = lastAtOrBefore(time);
    return last < 0 ? 0 : balanceAfter[last];
  }

  /** The lowest balance at {@code time} or at any later instant. */
  long lowestFrom(Instant time) {
    int last = lastAtOrBefore(time);
    long atTime = last < 0 ? 0 : balanceAfter[last];
    return last + 1 < instants.length ? Math.min(atTime, lowestFrom[last + 1]) : atTime;
  }

  private int lastAtOrBefore(Instant time) {
    int low = 0;
    int high = instants.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (instants[mid].isAfter(time)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low - 1;
  }
}
