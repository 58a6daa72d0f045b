package org.civicgrid.geo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_2;
import static org.civicgrid.geo.index.FlatGridLocatorTest.B1;
import static org.civicgrid.geo.index.FlatGridLocatorTest.B2;
import static org.civicgrid.geo.index.FlatGridLocatorTest.locator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;

class LiveGridLocatorTest {
  /** Building 1 before and after its shared edge with building 2 moved east by 0.005°. */
  private static final String B1_WIDER =
      "POLYGON ((121.60 42.00, 121.615 42.00, 121.615 42.01, 121.60 42.01, 121.60 42.00))";
  private static final String B2_NARROWER =
      "POLYGON ((121.615 42.00, 121.62 42.00, 121.62 42.01, 121.615 42.01, 121.615 42.00))";

  private final FlatGridLocator before = locator(CoordinateSystem.WGS84, BUILDING_1, B1, BUILDING_2, B2);
  private final FlatGridLocator after =
      locator(CoordinateSystem.WGS84, BUILDING_1, B1_WIDER, BUILDING_2, B2_NARROWER);

  @Test
  void servesTheNewBoundariesOnceReplaced() {
    LiveGridLocator live = LiveGridLocator.of(before);
    GeoPoint moved = GeoPoint.wgs84(121.612, 42.005);
    assertThat(live.locate(moved).leaf()).contains(BUILDING_2);
    live.replace(after);
    assertThat(live.current()).isSameAs(after);
    assertThat(live.locate(moved).leaf()).contains(BUILDING_1);
    assertThat(live.coordinateSystem()).isEqualTo(CoordinateSystem.WGS84);
  }

  @Test
  void rebuildsFromChangedBoundaries() {
    LiveGridLocator live = LiveGridLocator.of(FuxinGrids.hierarchy(),
        BoundaryLayer.of(CoordinateSystem.WGS84, List.of(Boundary.of(BUILDING_1, FlatGridLocatorTest.wkt(B1)))));
    assertThat(live.locate(GeoPoint.wgs84(121.615, 42.005)).isCovered()).isFalse();
    FlatGridLocator rebuilt = live.rebuild(FuxinGrids.hierarchy(), BoundaryLayer.of(CoordinateSystem.WGS84,
        List.of(Boundary.of(BUILDING_1, FlatGridLocatorTest.wkt(B1)), Boundary.of(BUILDING_2, FlatGridLocatorTest.wkt(B2)))));
    assertThat(live.current()).isSameAs(rebuilt);
    assertThat(live.locate(GeoPoint.wgs84(121.615, 42.005)).leaf()).contains(BUILDING_2);
    assertThat(live.toString()).contains("2 grids");
  }

  @Test
  void keepsServingTheOldIndexWhenARebuildFails() {
    LiveGridLocator live = LiveGridLocator.of(before);
    assertThatThrownBy(() -> live.rebuild(FuxinGrids.hierarchy(), BoundaryLayer.empty(CoordinateSystem.WGS84)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(live.current()).isSameAs(before);
  }

  @Test
  void refusesBoundariesInAnotherCoordinateSystemNamingBoth() {
    LiveGridLocator live = LiveGridLocator.of(before);
    FlatGridLocator gcj = locator(CoordinateSystem.GCJ02, BUILDING_1, B1);
    assertThatThrownBy(() -> live.replace(gcj)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GCJ02").hasMessageContaining("WGS84");
    assertThat(live.current()).isSameAs(before);
  }

  @Test
  void readersSeeOneWholeIndexOrTheOtherWhileAnotherThreadSwaps() throws Exception {
    LiveGridLocator live = LiveGridLocator.of(before);
    Random random = new Random(7);
    List<GeoPoint> points = new ArrayList<>();
    List<Optional<GridCode>> answerBefore = new ArrayList<>();
    List<Optional<GridCode>> answerAfter = new ArrayList<>();
    for (int n = 0; n < 2_000; n++) {
      GeoPoint point = GeoPoint.wgs84(121.598 + random.nextDouble() * 0.024, 41.998 + random.nextDouble() * 0.014);
      points.add(point);
      answerBefore.add(before.locate(point).leaf());
      answerAfter.add(after.locate(point).leaf());
    }
    assertThat(answerBefore).isNotEqualTo(answerAfter);
    AtomicBoolean swapping = new AtomicBoolean(true);
    CountDownLatch started = new CountDownLatch(3);
    ExecutorService readers = Executors.newFixedThreadPool(3);
    List<Future<Integer>> wrong = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      wrong.add(readers.submit(() -> {
        started.countDown();
        int mistakes = 0;
        do {
          for (int n = 0; n < points.size(); n++) {
            Optional<GridCode> leaf = live.locate(points.get(n)).leaf();
            if (!leaf.equals(answerBefore.get(n)) && !leaf.equals(answerAfter.get(n))) {
              mistakes++;
            }
          }
        } while (swapping.get());
        return mistakes;
      }));
    }
    started.await();
    for (int swap = 0; swap < 2_000; swap++) {
      live.replace(swap % 2 == 0 ? after : before);
    }
    swapping.set(false);
    readers.shutdown();
    assertThat(readers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    for (Future<Integer> mistakes : wrong) {
      assertThat(mistakes.get()).isZero();
    }
  }
}
