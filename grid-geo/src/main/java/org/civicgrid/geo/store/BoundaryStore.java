package org.civicgrid.geo.store;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civicgrid.core.store.TerritoryId;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.geo.boundary.BoundaryLayer;

/**
 * Stores each territory's boundaries, all levels in one {@link BoundaryLayer}, with optimistic
 * concurrency: a write names the version it read, and a write based on a stale version fails with
 * {@link VersionConflictException} instead of overwriting.
 *
 * <p>Why one layer per territory rather than one per level: an edit that keeps coverages valid
 * changes several levels at once (a split adds a vertex to the parent's edge as well as to the
 * neighbour's), so the levels must be written together, atomically, under one version. A layer is
 * small enough for that (a 12,000-grid city is a few megabytes), and one version per territory is
 * also what grid-core's {@code GridStore} keeps for the hierarchy.
 *
 * <p>What a store must keep: the layer's coordinate system; every boundary's grid code, geometry
 * type (Polygon or MultiPolygon) and coordinates bit for bit — rounding would break the
 * vertex-for-vertex match of shared edges. It need not keep the order of the boundaries. Stores are
 * safe for concurrent use, and a write either takes effect whole or not at all.
 */
public interface BoundaryStore {
  /** The stored boundaries of {@code territory} and their version, if any. */
  Optional<StoredBoundaries> load(TerritoryId territory);

  /**
   * Stores {@code layer} as the boundaries of {@code territory}, replacing what was there.
   *
   * @param expectedVersion the version read before the change; 0 when the territory must not have
   *     boundaries yet
   * @return the new version, {@code expectedVersion + 1}
   * @throws VersionConflictException when the stored version is not {@code expectedVersion} (0 when
   *     nothing is stored); nothing is written
   * @throws IllegalArgumentException when {@code expectedVersion} is negative
   */
  long save(TerritoryId territory, BoundaryLayer layer, long expectedVersion);

  /**
   * Removes a territory's boundaries.
   *
   * @throws VersionConflictException when the stored version is not {@code expectedVersion}, or
   *     nothing is stored
   */
  void delete(TerritoryId territory, long expectedVersion);

  /**
   * Ids of the territories with boundaries, in ascending order, strictly after {@code after} (empty
   * for the first page), at most {@code limit} of them; a page shorter than {@code limit} is the last.
   */
  ImmutableList<TerritoryId> territories(Optional<TerritoryId> after, int limit);
}
