package org.civicgrid.geo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.store.StoreContract;
import org.civicgrid.core.store.TerritoryId;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The conformance kit for {@link BoundaryStore}: every boundary-storage plugin subclasses it in a
 * few lines and must pass all of it (the GeoTools online-test pattern).
 *
 * <pre>{@code
 * class PostgisBoundaryStoreTest extends BoundaryStoreContract {
 *   protected BoundaryStorage open() { return factory.create(config); }
 *   protected boolean isDurable() { return true; }
 * }
 * }</pre>
 *
 * <p>Tests never clear the store: each one works on territories with a fresh random prefix, so the
 * kit runs against a shared database too.
 */
public abstract class BoundaryStoreContract extends StoreContract<BoundaryStorage> {
  private static final GridCode COMMUNITY = GridCode.of("210902001001");
  private static final GridCode COMPOUND_1 = GridCode.of("210902001001001");
  private static final GridCode COMPOUND_2 = GridCode.of("210902001001002");
  private static final GridCode HAMLET = GridCode.of("210902201201001");

  protected BoundaryStore store;

  @BeforeEach
  void openStore() {
    store = openTracked().boundaries();
  }

  protected static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /**
   * Changyuan community and its two compounds (two levels, shared edges), and a hamlet that is a
   * MultiPolygon with a hole. Coordinates use all 17 significant digits a double has.
   */
  protected static BoundaryLayer changyuan(CoordinateSystem system) {
    return BoundaryLayer.of(system, List.of(
        Boundary.of(COMMUNITY, wkt("POLYGON ((121.65812345678901 42.012345678901234, "
            + "121.67000000000002 42.012345678901234, 121.67000000000002 42.03, "
            + "121.65812345678901 42.03, 121.65812345678901 42.012345678901234))")),
        Boundary.of(COMPOUND_1, wkt("POLYGON ((121.65812345678901 42.012345678901234, "
            + "121.66300000000001 42.012345678901234, 121.66300000000001 42.03, "
            + "121.65812345678901 42.03, 121.65812345678901 42.012345678901234))")),
        Boundary.of(COMPOUND_2, wkt("POLYGON ((121.66300000000001 42.012345678901234, "
            + "121.67000000000002 42.012345678901234, 121.67000000000002 42.03, "
            + "121.66300000000001 42.03, 121.66300000000001 42.012345678901234))")),
        Boundary.of(HAMLET, wkt("MULTIPOLYGON (((121.7 42.1, 121.8 42.1, 121.8 42.2, 121.7 42.2, 121.7 42.1), "
            + "(121.73 42.13, 121.73 42.17, 121.77 42.17, 121.77 42.13, 121.73 42.13)), "
            + "((121.9 42.1, 121.95 42.1, 121.9 42.15, 121.9 42.1)))"))));
  }

  private static Map<GridCode, Geometry> byGrid(BoundaryLayer layer) {
    return layer.boundaries().stream().collect(Collectors.toMap(Boundary::grid, Boundary::area));
  }

  /** Asserts the same system and, per grid, the same geometry type and coordinates bit for bit. */
  protected static void assertSameBoundaries(BoundaryLayer actual, BoundaryLayer expected) {
    assertThat(actual.system()).isEqualTo(expected.system());
    Map<GridCode, Geometry> got = byGrid(actual);
    Map<GridCode, Geometry> want = byGrid(expected);
    assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(want.keySet());
    want.forEach((grid, area) -> {
      assertThat(got.get(grid).getGeometryType()).as("type of %s", grid).isEqualTo(area.getGeometryType());
      assertThat(got.get(grid).equalsExact(area)).as("coordinates of %s", grid).isTrue();
    });
  }

  @Test
  void loadsWhatWasSavedBitForBit() {
    TerritoryId id = territory("haizhou");
    BoundaryLayer layer = changyuan(CoordinateSystem.GCJ02);
    assertThat(store.save(id, layer, 0)).isEqualTo(1);

    StoredBoundaries loaded = store.load(id).orElseThrow();
    assertThat(loaded.version()).isEqualTo(1);
    assertSameBoundaries(loaded.layer(), layer);
  }

  @Test
  void keepsEachLayersCoordinateSystem() {
    for (CoordinateSystem system : CoordinateSystem.values()) {
      TerritoryId id = territory(system.name().toLowerCase(Locale.ROOT));
      store.save(id, changyuan(system), 0);
      assertThat(store.load(id).orElseThrow().layer().system()).isEqualTo(system);
    }
  }

  @Test
  void storesAnEmptyLayer() {
    TerritoryId id = territory("empty");
    store.save(id, BoundaryLayer.empty(CoordinateSystem.BD09), 0);
    StoredBoundaries loaded = store.load(id).orElseThrow();
    assertThat(loaded.layer().size()).isZero();
    assertThat(loaded.layer().system()).isEqualTo(CoordinateSystem.BD09);
  }

  @Test
  void anUnknownTerritoryLoadsEmpty() {
    assertThat(store.load(territory("nowhere"))).isEmpty();
  }

  @Test
  void eachWriteReplacesTheLayerAndCountsUp() {
    TerritoryId id = territory("haizhou");
    store.save(id, changyuan(CoordinateSystem.GCJ02), 0);
    BoundaryLayer edited = changyuan(CoordinateSystem.GCJ02).without(HAMLET);
    assertThat(store.save(id, edited, 1)).isEqualTo(2);
    assertThat(store.save(id, edited.without(COMPOUND_2), 2)).isEqualTo(3);

    StoredBoundaries loaded = store.load(id).orElseThrow();
    assertThat(loaded.version()).isEqualTo(3);
    assertSameBoundaries(loaded.layer(), edited.without(COMPOUND_2));
  }

  @Test
  void aStaleWriteConflictsAndChangesNothing() {
    TerritoryId id = territory("haizhou");
    store.save(id, changyuan(CoordinateSystem.GCJ02), 0);
    BoundaryLayer theirs = changyuan(CoordinateSystem.GCJ02).without(HAMLET);
    store.save(id, theirs, 1);

    assertThatThrownBy(() -> store.save(id, changyuan(CoordinateSystem.GCJ02).without(COMMUNITY), 1))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.VERSION_CONFLICT);
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.actual()).isEqualTo(2);
        })
        .hasMessageContaining(id.value());
    assertSameBoundaries(store.load(id).orElseThrow().layer(), theirs);
  }

  @Test
  void creatingExistingBoundariesConflicts() {
    TerritoryId id = territory("haizhou");
    store.save(id, changyuan(CoordinateSystem.GCJ02), 0);
    assertThatThrownBy(() -> store.save(id, BoundaryLayer.empty(CoordinateSystem.GCJ02), 0))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(1));
    assertThat(store.load(id).orElseThrow().layer().size()).isEqualTo(4);
  }

  @Test
  void updatingMissingBoundariesConflicts() {
    TerritoryId id = territory("missing");
    assertThatThrownBy(() -> store.save(id, changyuan(CoordinateSystem.GCJ02), 1))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isZero());
    assertThat(store.load(id)).isEmpty();
  }

  @Test
  void territoriesAreIndependent() {
    store.save(territory("haizhou"), changyuan(CoordinateSystem.GCJ02), 0);
    store.save(territory("xihe"), BoundaryLayer.empty(CoordinateSystem.WGS84), 0);
    assertThat(store.load(territory("haizhou")).orElseThrow().layer().size()).isEqualTo(4);
    assertThat(store.load(territory("xihe")).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void refusesNullsAndNegativeVersions() {
    assertThatThrownBy(() -> store.save(null, changyuan(CoordinateSystem.GCJ02), 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.save(territory("x"), null, 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.save(territory("x"), changyuan(CoordinateSystem.GCJ02), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.load(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.territories(Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deletesWithTheCurrentVersionOnly() {
    TerritoryId id = territory("haizhou");
    store.save(id, changyuan(CoordinateSystem.GCJ02), 0);
    store.save(id, changyuan(CoordinateSystem.GCJ02), 1);
    assertThatThrownBy(() -> store.delete(id, 1))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(2));
    assertThat(store.load(id)).isPresent();

    store.delete(id, 2);
    assertThat(store.load(id)).isEmpty();
    assertThatThrownBy(() -> store.delete(id, 2))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isZero());
    assertThat(store.save(id, changyuan(CoordinateSystem.GCJ02), 0)).isEqualTo(1);
  }

  @Test
  void listsTerritoriesInPagesInOrder() {
    List<TerritoryId> saved = new ArrayList<>();
    BoundaryLayer layer = BoundaryLayer.empty(CoordinateSystem.WGS84);
    for (int i = 0; i < 250; i++) {
      TerritoryId id = territory(String.format("%03d", 249 - i));
      store.save(id, layer, 0);
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
  void concurrentWritersNeverLoseAnEdit() throws Exception {
    TerritoryId id = territory("contended");
    store.save(id, BoundaryLayer.empty(CoordinateSystem.GCJ02), 0);
    int writers = 4;
    int editsEach = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        tasks.add(() -> {
          int conflicts = 0;
          for (int done = 0; done < editsEach; ) {
            StoredBoundaries read = store.load(id).orElseThrow();
            GridCode grid = GridCode.of(String.format("2109020010010%d%d", writer, done));
            double x = 121.6 + writer * 0.01 + done * 0.001;
            BoundaryLayer next = read.layer().with(Boundary.of(grid,
                wkt("POLYGON ((" + x + " 42, " + (x + 0.001) + " 42, " + x + " 42.001, " + x + " 42))")));
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
    StoredBoundaries last = store.load(id).orElseThrow();
    assertThat(last.version()).isEqualTo(1 + writers * editsEach);
    assertThat(last.layer().size()).isEqualTo(writers * editsEach);
  }

  @Test
  void whatWasWrittenSurvivesReopeningExactlyWhenDurable() throws Exception {
    TerritoryId id = territory("haizhou");
    store.save(id, changyuan(CoordinateSystem.GCJ02), 0);
    closeAll();

    Optional<StoredBoundaries> reloaded = openTracked().boundaries().load(id);
    if (isDurable()) {
      assertThat(reloaded).map(StoredBoundaries::version).contains(1L);
      assertSameBoundaries(reloaded.orElseThrow().layer(), changyuan(CoordinateSystem.GCJ02));
    } else {
      assertThat(reloaded).isEmpty();
    }
  }

  @Test
  void aClosedStorageRefusesWork() {
    BoundaryStorage storage = openTracked();
    BoundaryStore boundaries = storage.boundaries();
    storage.close();
    storage.close();
    assertThatThrownBy(() -> boundaries.load(territory("x"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> boundaries.save(territory("x"), changyuan(CoordinateSystem.GCJ02), 0))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(storage::boundaries).isInstanceOf(IllegalStateException.class);
  }
}
