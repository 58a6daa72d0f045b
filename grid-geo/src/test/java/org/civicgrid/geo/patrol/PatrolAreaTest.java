package org.civicgrid.geo.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/** A worker's grid, kept in WGS-84 whatever system its boundary came in. */
class PatrolAreaTest {
  private static final Boundary GRID = TrackScript.grid();
  private static final GeoPoint NEAR_EAST_EDGE = GeoPoint.wgs84(120.7745, 41.800);

  @Test
  void aPointInAnySystemIsTestedWhereItReallyIs() {
    PatrolArea area = PatrolArea.of(GRID, CoordinateSystem.WGS84);
    assertThat(area.covers(NEAR_EAST_EDGE)).isTrue();
    GeoPoint gcj02 = CoordinateTransforms.transform(NEAR_EAST_EDGE, CoordinateSystem.GCJ02);
    assertThat(area.covers(gcj02)).isTrue();
    assertThat(area.covers(GeoPoint.wgs84(gcj02.longitude(), gcj02.latitude())))
        .as("the same numbers read as WGS-84 lie 500 m east, outside").isFalse();
  }

  @Test
  void aGcj02BoundaryIsConvertedToWgs84Once() {
    Boundary inGcj02 = Boundary.of(GRID.grid(),
        CoordinateTransforms.transform(GRID.area(), CoordinateSystem.WGS84, CoordinateSystem.GCJ02));
    PatrolArea area = PatrolArea.of(inGcj02, CoordinateSystem.GCJ02);
    assertThat(area.coversWgs84(NEAR_EAST_EDGE.longitude(), NEAR_EAST_EDGE.latitude())).isTrue();
    assertThat(area.coversWgs84(120.7755, 41.800)).isFalse();
    assertThat(area.declaredSystem()).isEqualTo(CoordinateSystem.GCJ02);
    assertThat(area.grid()).isEqualTo(TrackScript.GRID);
    assertThat(area.toString()).startsWith("PatrolArea[211381001001001, from GCJ02, FlatAreaLocator[5 vertices");
  }

  @Test
  void isTakenFromALayerByGridCode() {
    BoundaryLayer layer = BoundaryLayer.of(CoordinateSystem.WGS84, List.of(GRID));
    assertThat(PatrolArea.of(layer, TrackScript.GRID).covers(NEAR_EAST_EDGE)).isTrue();
    assertThatThrownBy(() -> PatrolArea.of(layer, GridCode.of("211381001001002")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no boundary for grid 211381001001002 in BoundaryLayer[WGS84, 1 boundaries]");
  }

  @Test
  void aBoundaryThatConversionWouldBreakIsRefusedWithATypedError() throws Exception {
    // A notch whose tip stops 1 mm short of the 800 m top edge: converted, the tip pokes through it.
    Boundary notched = Boundary.of(GridCode.of("210902001001"), new WKTReader().read(
        "POLYGON ((121.65 42.0, 121.655 42.00999999, 121.66 42.0, 121.66 42.01, 121.65 42.01, 121.65 42.0))"));
    assertThatThrownBy(() -> PatrolArea.of(notched, CoordinateSystem.GCJ02))
        .isInstanceOfSatisfying(CivicGridException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_GEOMETRY))
        .hasMessageContaining("210902001001");
  }
}
