package org.civicgrid.core.store;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civicgrid.core.history.GridHistory;

/**
 * Stores each territory's {@link GridHistory} with optimistic concurrency. A history's version is
 * its number of revisions ({@link GridHistory#version()}); a write names the version it read, and a
 * write based on a stale version fails with {@link VersionConflictException} instead of overwriting.
 *
 * <p>Histories only grow: {@link #save} stores the revisions after the expected version, so a
 * durable store appends rows and never rewrites the past. Implementations must be safe for
 * concurrent use, and a write either takes effect whole or not at all.
 */
public interface GridStore {
  /** The stored history of {@code territory}, if any. */
  Optional<GridHistory> load(TerritoryId territory);

  /**
   * Stores {@code history} as the new state of {@code territory}.
   *
   * @param expectedVersion the version read before the change; 0 when the territory must not exist
   *     yet. {@code history} must descend from that version: its first {@code expectedVersion}
   *     revisions are the stored ones, and it may add any number of revisions after them.
   * @throws VersionConflictException when the stored version is not {@code expectedVersion}
   * @throws IllegalArgumentException when {@code history} has fewer revisions than {@code
   *     expectedVersion}
   */
  void save(TerritoryId territory, GridHistory history, int expectedVersion);

  /**
   * Removes a territory and its whole history.
   *
   * @throws VersionConflictException when the stored version is not {@code expectedVersion}
   *     (0 when the territory does not exist)
   */
  void delete(TerritoryId territory, int expectedVersion);

  /**
   * Territory ids in ascending order, strictly after {@code after} (empty for the first page), at
   * most {@code limit} of them; a page shorter than {@code limit} is the last.
   */
  ImmutableList<TerritoryId> territories(Optional<TerritoryId> after, int limit);
}
