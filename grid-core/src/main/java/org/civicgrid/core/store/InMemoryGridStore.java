package org.civicgrid.core.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.civicgrid.core.history.GridHistory;

/**
 * Histories in a concurrent sorted map; each write is one atomic compare-and-set on its territory,
 * so concurrent writers of one territory are serialised and the loser sees a version conflict.
 */
final class InMemoryGridStore implements GridStore {
  private final InMemoryStorage storage;
  private final ConcurrentSkipListMap<TerritoryId, GridHistory> histories = new ConcurrentSkipListMap<>();

  InMemoryGridStore(InMemoryStorage storage) {
    this.storage = storage;
  }

  @Override
  public Optional<GridHistory> load(TerritoryId territory) {
    checkNotNull(territory, "territory");
    storage.checkOpen();
    return Optional.ofNullable(histories.get(territory));
  }

  @Override
  public void save(TerritoryId territory, GridHistory history, int expectedVersion) {
    checkNotNull(territory, "territory");
    checkNotNull(history, "history");
    checkArgument(expectedVersion >= 0, "expected version %s is negative", expectedVersion);
    checkArgument(history.version() >= expectedVersion,
        "territory %s: history has %s revisions, fewer than the expected version %s",
        territory, history.version(), expectedVersion);
    storage.checkOpen();
    histories.compute(territory, (id, stored) -> {
      int actual = stored == null ? 0 : stored.version();
      if (actual != expectedVersion) {
        throw new VersionConflictException("territory " + id, expectedVersion, actual);
      }
      return history;
    });
  }

  @Override
  public void delete(TerritoryId territory, int expectedVersion) {
    checkNotNull(territory, "territory");
    storage.checkOpen();
    histories.compute(territory, (id, stored) -> {
      int actual = stored == null ? 0 : stored.version();
      if (actual != expectedVersion || stored == null) {
        throw new VersionConflictException("territory " + id, expectedVersion, actual);
      }
      return null;
    });
  }

  @Override
  public ImmutableList<TerritoryId> territories(Optional<TerritoryId> after, int limit) {
    checkArgument(limit > 0, "limit %s must be positive", limit);
    storage.checkOpen();
    var tail = after.isPresent() ? histories.tailMap(after.get(), false) : histories;
    return tail.keySet().stream().limit(limit).collect(ImmutableList.toImmutableList());
  }
}
