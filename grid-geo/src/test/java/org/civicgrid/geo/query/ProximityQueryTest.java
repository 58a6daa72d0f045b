package org.civicgrid.geo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.geo.CompoundBlocks.NORTH_EAST;
import static org.civicgrid.geo.CompoundBlocks.NORTH_WEST;
import static org.civicgrid.geo.CompoundBlocks.SOUTH_EAST;
import static org.civicgrid.geo.CompoundBlocks.SOUTH_WEST;

import java.util.List;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.geo.CompoundBlocks;
import org.civicgrid.geo.Karney;
import org.civicgrid.geo.crs.Geodesy;
import org.junit.jupiter.api.Test;

class ProximityQueryTest {
  private static final GridHierarchy HIERARCHY = CompoundBlocks.hierarchy();
  private static final Level BUILDING_GRID = HIERARCHY.scheme().level("building-grid");
  private static final ProximityQuery QUERY =
      ProximityQuery.of(HIERARCHY, CompoundBlocks.layer(CompoundBlocks.wkt()), BUILDING_GRID);
  /** 100 m west of the compound's west edge, level with the middle of the south-west grid. */
  private static final GeoPoint WEST_OF_COMPOUND =
      GeoPoint.wgs84(121.60 - 100 / Geodesy.metresPerDegreeLongitude(42.0025), 42.0025);

  @Test
  void aPointInAGridIsAtDistanceZeroFromItAndNoOtherGridIsThatClose() {
    List<GridDistance> found = QUERY.within(GeoPoint.wgs84(121.605, 42.0025), 0);
    assertThat(found).containsExactly(new GridDistance(SOUTH_WEST, 0));
  }

  @Test
  void gridsWithinADistanceComeNearestFirstWithTheirDistanceOnTheEllipsoid() {
    assertThat(QUERY.within(WEST_OF_COMPOUND, 50)).isEmpty();
    List<GridDistance> near = QUERY.within(WEST_OF_COMPOUND, 150);
    assertThat(near).extracting(GridDistance::grid).containsExactly(SOUTH_WEST);
    double reference = Karney.metres(WEST_OF_COMPOUND.longitude(), 42.0025, 121.60, 42.0025);
    assertThat(near.get(0).metres()).isCloseTo(reference, within(0.01));
    double toNorthWest = Karney.metres(WEST_OF_COMPOUND.longitude(), 42.0025, 121.60, 42.005);
    List<GridDistance> wider = QUERY.within(WEST_OF_COMPOUND, 300);
    assertThat(wider).extracting(GridDistance::grid).containsExactly(SOUTH_WEST, NORTH_WEST);
    assertThat(wider.get(1).metres()).isCloseTo(toNorthWest, within(0.05));
  }

  @Test
  void aPointOnTheCrossroadsTouchesAllFourGridsInCodeOrder() {
    assertThat(QUERY.within(GeoPoint.wgs84(121.61, 42.005), 0)).extracting(GridDistance::grid)
        .containsExactly(SOUTH_WEST, SOUTH_EAST, NORTH_WEST, NORTH_EAST);
  }

  @Test
  void gridsWithoutABoundaryAreNeverFound() {
    ProximityQuery withoutNorthEast = ProximityQuery.of(HIERARCHY,
        CompoundBlocks.layer(CompoundBlocks.wkt()).without(NORTH_EAST), BUILDING_GRID);
    assertThat(withoutNorthEast.within(GeoPoint.wgs84(121.615, 42.0075), 10)).isEmpty();
  }

  @Test
  void refusesNegativeAndNonFiniteDistancesAndPointsInAnotherSystem() {
    GeoPoint inside = GeoPoint.wgs84(121.605, 42.0025);
    assertThatThrownBy(() -> QUERY.within(inside, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1.0");
    assertThatThrownBy(() -> QUERY.within(inside, Double.NaN)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> QUERY.within(inside, Double.POSITIVE_INFINITY)).hasMessageContaining("Infinity");
    assertThatThrownBy(() -> QUERY.within(GeoPoint.gcj02(121.605, 42.0025), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GCJ02").hasMessageContaining("WGS84");
  }
}
