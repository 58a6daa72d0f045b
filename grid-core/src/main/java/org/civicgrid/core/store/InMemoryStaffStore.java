package org.civicgrid.core.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.StaffMember;

/**
 * Each territory's {@link StaffRecords} in a concurrent sorted map. A write applies its changes with
 * {@link StaffRecords#apply} inside one atomic compare-and-set on its territory, so concurrent writers of
 * one territory are serialised and the loser sees a version conflict; reads see one whole version. Pages
 * are binary searches in the records' key order. Thread-safe.
 */
final class InMemoryStaffStore implements StaffStore {
  private final InMemoryStorage storage;
  private final ConcurrentSkipListMap<TerritoryId, StaffRecords> territories = new ConcurrentSkipListMap<>();

  InMemoryStaffStore(InMemoryStorage storage) {
    this.storage = storage;
  }

  @Override
  public Optional<StaffRecords> load(TerritoryId territory) {
    checkNotNull(territory, "territory");
    storage.checkOpen();
    return Optional.ofNullable(territories.get(territory));
  }

  @Override
  public long version(TerritoryId territory) {
    return load(territory).map(StaffRecords::version).orElse(0L);
  }

  @Override
  public long write(TerritoryId territory, long expectedVersion, List<StaffChange> changes) {
    checkNotNull(territory, "territory");
    checkArgument(expectedVersion >= 0, "expected version %s is negative", expectedVersion);
    checkNotNull(changes, "changes");
    checkArgument(!changes.isEmpty(), "territory %s: a write needs at least one change", territory);
    checkArgument(expectedVersion > 0 || changes.stream().anyMatch(StaffChange.PutRoles.class::isInstance),
        "territory %s: a territory's first write must declare its roles (PutRoles)", territory);
    List<StaffChange> copy = List.copyOf(changes);
    storage.checkOpen();
    return territories.compute(territory, (id, stored) -> {
      long actual = stored == null ? 0 : stored.version();
      if (actual != expectedVersion) {
        throw new VersionConflictException("staff of territory " + id, expectedVersion, actual);
      }
      return stored == null ? StaffRecords.create(id, copy) : stored.apply(copy);
    }).version();
  }

  @Override
  public void delete(TerritoryId territory, long expectedVersion) {
    checkNotNull(territory, "territory");
    storage.checkOpen();
    territories.compute(territory, (id, stored) -> {
      long actual = stored == null ? 0 : stored.version();
      if (stored == null || actual != expectedVersion) {
        throw new VersionConflictException("staff of territory " + id, expectedVersion, actual);
      }
      return null;
    });
  }

  @Override
  public ImmutableList<TerritoryId> territories(Optional<TerritoryId> after, int limit) {
    checkNotNull(after, "after");
    checkArgument(limit > 0, "limit %s must be positive", limit);
    storage.checkOpen();
    var tail = after.isPresent() ? territories.tailMap(after.get(), false) : territories;
    return tail.keySet().stream().limit(limit).collect(ImmutableList.toImmutableList());
  }

  @Override
  public Optional<StaffMember> member(TerritoryId territory, PersonId person) {
    checkNotNull(person, "person");
    return all(territory, StaffRecords::members).stream().filter(m -> m.id().equals(person)).findFirst();
  }

  @Override
  public ImmutableList<StaffMember> members(TerritoryId territory, Optional<PersonId> after, int limit) {
    return page(all(territory, StaffRecords::members), StaffMember::id, after, limit);
  }

  @Override
  public ImmutableList<Assignment> assignments(TerritoryId territory, Optional<AssignmentKey> after, int limit) {
    return page(all(territory, StaffRecords::assignments), AssignmentKey::of, after, limit);
  }

  @Override
  public ImmutableList<Assignment> assignmentsOf(TerritoryId territory, PersonId person) {
    checkNotNull(person, "person");
    return history(all(territory, StaffRecords::assignments), a -> a.person().equals(person));
  }

  @Override
  public ImmutableList<Assignment> assignmentsIn(TerritoryId territory, GridCode grid) {
    checkNotNull(grid, "grid");
    return history(all(territory, StaffRecords::assignments), a -> a.grid().equals(grid));
  }

  @Override
  public ImmutableList<Absence> absencesOf(TerritoryId territory, PersonId person) {
    checkNotNull(person, "person");
    return all(territory, StaffRecords::absences).stream().filter(a -> a.person().equals(person))
        .collect(ImmutableList.toImmutableList());
  }

  private <T> List<T> all(TerritoryId territory, Function<StaffRecords, List<T>> part) {
    return load(territory).map(part).orElse(List.of());
  }

  private static ImmutableList<Assignment> history(List<Assignment> assignments, Predicate<Assignment> which) {
    return assignments.stream().filter(which).sorted(AssignmentKey.BY_START).collect(ImmutableList.toImmutableList());
  }

  /** The items after {@code after} in {@code sorted}, which is in ascending order of {@code key}. */
  private static <T, K extends Comparable<K>> ImmutableList<T> page(List<T> sorted, Function<T, K> key,
      Optional<K> after, int limit) {
    checkNotNull(after, "after");
    checkArgument(limit > 0, "limit %s must be positive", limit);
    int low = 0;
    int high = sorted.size();
    while (after.isPresent() && low < high) {
      int mid = (low + high) >>> 1;
      if (key.apply(sorted.get(mid)).compareTo(after.get()) <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return ImmutableList.copyOf(sorted.subList(low, Math.min(sorted.size(), low + limit)));
  }
}
