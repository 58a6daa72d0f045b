package org.civicgrid.geo.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.civicgrid.core.store.TerritoryId;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.geo.boundary.BoundaryLayer;

/**
 * Layers in a concurrent sorted map. Layers are immutable, so they are kept as given; each write is
 * one atomic compare-and-set on its territory, so concurrent writers of one territory are
 * serialised and the loser sees a version conflict.
 */
final class InMemoryBoundaryStore implements BoundaryStore {
  private final InMemoryBoundaryStorage storage;
  private final ConcurrentSkipListMap<TerritoryId, StoredBoundaries> layers = new ConcurrentSkipListMap<>();

  InMemoryBoundaryStore(InMemoryBoundaryStorage storage) {
    this.storage = storage;
  }

  @Override
  public Optional<StoredBoundaries> load(TerritoryId territory) {
    checkNotNull(territory, "territory");
    storage.checkOpen();
    return Optional.ofNullable(layers.get(territory));
  }

  @Override
  public long save(TerritoryId territory, BoundaryLayer layer, long expectedVersion) {
    checkNotNull(territory, "territory");
    checkNotNull(layer, "layer");
    checkArgument(expectedVersion >= 0, "territory %s: expected version %s is negative", territory, expectedVersion);
    storage.checkOpen();
    return layers.compute(territory, (id, stored) -> {
      long actual = stored == null ? 0 : stored.version();
      if (actual != expectedVersion) {
        throw new VersionConflictException("boundaries of territory " + id, expectedVersion, actual);
      }
      return new StoredBoundaries(layer, expectedVersion + 1);
    }).version();
  }

  @Override
  public void delete(TerritoryId territory, long expectedVersion) {
    checkNotNull(territory, "territory");
    storage.checkOpen();
    layers.compute(territory, (id, stored) -> {
      long actual = stored == null ? 0 : stored.version();
      if (stored == null || actual != expectedVersion) {
        throw new VersionConflictException("boundaries of territory " + id, expectedVersion, actual);
      }
      return null;
    });
  }

  @Override
  public ImmutableList<TerritoryId> territories(Optional<TerritoryId> after, int limit) {
    checkNotNull(after, "after");
    checkArgument(limit > 0, "limit %s must be positive", limit);
    storage.checkOpen();
    var tail = after.isPresent() ? layers.tailMap(after.get(), false) : layers;
    return tail.keySet().stream().limit(limit).collect(ImmutableList.toImmutableList());
  }
}
