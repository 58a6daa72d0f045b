package org.civicgrid.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.history.Change;
import org.civicgrid.core.history.GridHistory;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link GridStore}: every storage plugin subclasses it in a few lines and
 * must pass all of it (the GeoTools online-test pattern).
 *
 * <pre>{@code
 * class PostgresGridStoreTest extends GridStoreContract {
 *   protected Storage open() { return factory.create(config); }
 *   protected boolean isDurable() { return true; }
 * }
 * }</pre>
 *
 * <p>Tests never clear the store: each one works on territories with a fresh random prefix, so the
 * kit runs against a shared database too.
 */
public abstract class GridStoreContract extends StoreContract<Storage> {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final GridCode COMPOUND = GridCode.of("210902001001001");
  private static final GridCode GRID_1 = GridCode.of("210902001001001001");
  private static final GridCode GRID_2 = GridCode.of("210902001001001002");

  protected GridStore store;

  @BeforeEach
  void openStore() {
    store = openTracked().grids();
  }

  /** A small Fuxin compound with two building grids; building B2 moves later. */
  protected static GridHistory history() {
    GridHierarchy hierarchy = GridHierarchy.builder(LevelSchemes.fuxin())
        .add(GridNode.of("210902", "海州区", "county", null))
        .add(GridNode.of("210902001", "和平街道", "subdistrict", "210902"))
        .add(GridNode.of("210902001001", "长源社区", "community", "210902001"))
        .add(GridNode.of("210902001001001", "一号小区", "compound", "210902001001"))
        .add(GridNode.of("210902001001001001", "1号楼网格", "building-grid", "210902001001001"))
        .add(GridNode.of("210902001001001002", "2号楼网格", "building-grid", "210902001001001"))
        .add(Place.building("B1", "1号楼", GRID_1, 96, 270))
        .add(Place.building("B2", "2号楼", GRID_1, 20, 50))
        .add(Place.building("B3", "3号楼", GRID_2, 84, 240))
        .build();
    return GridHistory.start(hierarchy, START, "initial division");
  }

  private static GridHistory renamed(GridHistory history, int times) {
    GridHistory h = history;
    for (int i = 0; i < times; i++) {
      h = h.apply(START.plusDays(h.version()), "rename " + i, new Change.Rename(COMPOUND, "一号小区 " + h.version()));
    }
    return h;
  }

  @Test
  void loadsWhatWasSaved() {
    TerritoryId id = territory("haizhou");
    store.save(id, history(), 0);

    GridHistory loaded = store.load(id).orElseThrow();
    assertThat(loaded.version()).isEqualTo(1);
    assertThat(loaded.current().grids()).extracting(g -> g.node())
        .containsExactlyElementsOf(history().current().grids().stream().map(g -> g.node()).toList());
    assertThat(loaded.current().places()).containsExactlyElementsOf(history().current().places());
  }

  @Test
  void anUnknownTerritoryLoadsEmpty() {
    assertThat(store.load(territory("nowhere"))).isEmpty();
  }

  @Test
  void appendsRevisionsAndKeepsTheirHistory() {
    TerritoryId id = territory("haizhou");
    GridHistory first = history();
    store.save(id, first, 0);
    GridHistory moved = first.apply(LocalDate.of(2024, 3, 1), "B2 joins its own grid",
        new Change.MovePlaces(List.of("B2"), GRID_2));
    store.save(id, moved, 1);

    GridHistory loaded = store.load(id).orElseThrow();
    assertThat(loaded.version()).isEqualTo(2);
    assertThat(loaded.revisions()).isEqualTo(moved.revisions());
    assertThat(loaded.gridOfPlace("B2", LocalDate.of(2024, 2, 29))).contains(GRID_1);
    assertThat(loaded.gridOfPlace("B2", LocalDate.of(2024, 3, 1))).contains(GRID_2);
    assertThat(loaded.current().get(GRID_2).households()).isEqualTo(104);
  }

  @Test
  void savesSeveralRevisionsAtOnce() {
    TerritoryId id = territory("haizhou");
    store.save(id, history(), 0);
    store.save(id, renamed(history(), 3), 1);
    assertThat(store.load(id).orElseThrow().version()).isEqualTo(4);
  }

  @Test
  void aStaleWriteConflictsAndChangesNothing() {
    TerritoryId id = territory("haizhou");
    store.save(id, history(), 0);
    GridHistory mine = renamed(history(), 1);
    GridHistory theirs = history().apply(START.plusDays(5), "theirs", new Change.Rename(COMPOUND, "他们的小区"));
    store.save(id, theirs, 1);

    assertThatThrownBy(() -> store.save(id, mine, 1))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.VERSION_CONFLICT);
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.actual()).isEqualTo(2);
        })
        .hasMessageContaining(id.value());
    assertThat(store.load(id).orElseThrow().current().get(COMPOUND).name()).isEqualTo("他们的小区");
  }

  @Test
  void creatingAnExistingTerritoryConflicts() {
    TerritoryId id = territory("haizhou");
    store.save(id, history(), 0);
    assertThatThrownBy(() -> store.save(id, renamed(history(), 2), 0))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(1));
    assertThat(store.load(id).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void updatingAMissingTerritoryConflicts() {
    TerritoryId id = territory("missing");
    assertThatThrownBy(() -> store.save(id, renamed(history(), 1), 1))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isZero());
    assertThat(store.load(id)).isEmpty();
  }

  @Test
  void refusesAHistoryShorterThanTheExpectedVersion() {
    TerritoryId id = territory("haizhou");
    store.save(id, renamed(history(), 2), 0);
    assertThatThrownBy(() -> store.save(id, history(), 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(id.value());
    assertThat(store.load(id).orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void refusesNullsAndNegativeVersions() {
    assertThatThrownBy(() -> store.save(null, history(), 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.save(territory("x"), null, 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.save(territory("x"), history(), -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.territories(Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deletesWithTheCurrentVersionOnly() {
    TerritoryId id = territory("haizhou");
    store.save(id, renamed(history(), 1), 0);
    assertThatThrownBy(() -> store.delete(id, 1))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(2));
    assertThat(store.load(id)).isPresent();

    store.delete(id, 2);
    assertThat(store.load(id)).isEmpty();
    assertThatThrownBy(() -> store.delete(id, 2))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isZero());
  }

  @Test
  void listsTerritoriesInPagesInOrder() {
    List<TerritoryId> saved = new ArrayList<>();
    GridHistory history = history();
    for (int i = 0; i < 250; i++) {
      TerritoryId id = territory(String.format("%03d", 249 - i));
      store.save(id, history, 0);
      saved.add(id);
    }
    List<TerritoryId> listed = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    Optional<TerritoryId> after = Optional.of(TerritoryId.of(prefix()));
    while (true) {
      ImmutableList<TerritoryId> page = store.territories(after, 100);
      List<TerritoryId> ours = page.stream().filter(t -> t.value().startsWith(prefix())).toList();
      listed.addAll(ours);
      pageSizes.add(ours.size());
      if (ours.size() < page.size() || page.size() < 100) {
        break;
      }
      after = Optional.of(page.get(page.size() - 1));
    }
    assertThat(listed).containsExactlyElementsOf(saved.stream().sorted().toList());
    assertThat(pageSizes).startsWith(100, 100);
  }

  @Test
  void concurrentWritersNeverLoseARevision() throws Exception {
    TerritoryId id = territory("contended");
    store.save(id, history(), 0);
    int writers = 4;
    int renamesEach = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        tasks.add(() -> {
          int conflicts = 0;
          for (int done = 0; done < renamesEach; ) {
            GridHistory read = store.load(id).orElseThrow();
            GridHistory next = read.apply(START.plusDays(read.version()), "writer " + writer,
                new Change.Rename(COMPOUND, "writer " + writer + " #" + done));
            try {
              store.save(id, next, read.version());
              done++;
            } catch (VersionConflictException e) {
              conflicts++;
            }
          }
          return conflicts;
        });
      }
      for (Future<Integer> f : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
        f.get(); // rethrows whatever a writer failed with
      }
    } finally {
      pool.shutdownNow();
    }
    GridHistory last = store.load(id).orElseThrow();
    assertThat(last.version()).isEqualTo(1 + writers * renamesEach);
    assertThat(last.revisions()).extracting(r -> r.number())
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, last.version()).boxed().toList());
  }

  @Test
  void whatWasWrittenSurvivesReopeningExactlyWhenDurable() throws Exception {
    TerritoryId id = territory("haizhou");
    store.save(id, renamed(history(), 1), 0);
    closeAll();

    Optional<GridHistory> reloaded = openTracked().grids().load(id);
    if (isDurable()) {
      assertThat(reloaded).map(GridHistory::version).contains(2);
      assertThat(reloaded.orElseThrow().current().get(COMPOUND).name()).isEqualTo("一号小区 1");
    } else {
      assertThat(reloaded).isEmpty();
    }
  }

  @Test
  void aClosedStorageRefusesWork() {
    Storage storage = openTracked();
    GridStore grids = storage.grids();
    storage.close();
    storage.close();
    assertThatThrownBy(() -> grids.load(territory("x"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> grids.save(territory("x"), history(), 0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(storage::grids).isInstanceOf(IllegalStateException.class);
  }
}
