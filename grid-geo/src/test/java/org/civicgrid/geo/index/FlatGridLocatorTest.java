package org.civicgrid.geo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_2;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.COMPOUND;
import static org.civicgrid.core.hierarchy.FuxinGrids.COUNTY;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_2;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;
import static org.civicgrid.core.hierarchy.FuxinGrids.TOWNSHIP;
import static org.civicgrid.core.hierarchy.FuxinGrids.VILLAGE;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA_BUILDING;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.Location;
import org.civicgrid.core.locate.Location.Status;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class FlatGridLocatorTest {
  /**
   * Four grids tiling 121.60–121.63 E × 42.00–42.02 N: buildings 1 and 2 side by side, Xinhua's
   * building above both, hamlet 1 to the right of all three.
   */
  static final String B1 = "POLYGON ((121.60 42.00, 121.61 42.00, 121.61 42.01, 121.60 42.01, 121.60 42.00))";
  static final String B2 = "POLYGON ((121.61 42.00, 121.62 42.00, 121.62 42.01, 121.61 42.01, 121.61 42.00))";
  static final String XINHUA =
      "POLYGON ((121.60 42.01, 121.61 42.01, 121.62 42.01, 121.62 42.02, 121.60 42.02, 121.60 42.01))";
  static final String H1 =
      "POLYGON ((121.62 42.00, 121.63 42.00, 121.63 42.02, 121.62 42.02, 121.62 42.01, 121.62 42.00))";

  private final FlatGridLocator locator = locator(CoordinateSystem.WGS84,
      BUILDING_1, B1, BUILDING_2, B2, XINHUA_BUILDING, XINHUA, HAMLET_1, H1);

  static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** A locator over FuxinGrids of the given (code, WKT) pairs. */
  static FlatGridLocator locator(CoordinateSystem system, Object... codesAndAreas) {
    List<Boundary> boundaries = new ArrayList<>();
    for (int n = 0; n < codesAndAreas.length; n += 2) {
      boundaries.add(Boundary.of((GridCode) codesAndAreas[n], wkt((String) codesAndAreas[n + 1])));
    }
    return GridIndex.build(FuxinGrids.hierarchy(), BoundaryLayer.of(system, boundaries));
  }

  private Location at(double lon, double lat) {
    return locator.locate(GeoPoint.wgs84(lon, lat));
  }

  @Test
  void answersTheLeafAndEveryAncestorInOneCall() {
    Location location = at(121.605, 42.005);
    assertThat(location.status()).isEqualTo(Status.INSIDE);
    assertThat(location.grids()).containsExactly(BUILDING_1, COMPOUND, CHANGYUAN, SUBDISTRICT, COUNTY);
    assertThat(at(121.625, 42.015).grids()).containsExactly(HAMLET_1, VILLAGE, TOWNSHIP, COUNTY);
  }

  @Test
  void aPointOnASharedEdgeBelongsToTheGridOnItsRight() {
    assertThat(at(121.61, 42.005).leaf()).contains(BUILDING_2);
    assertThat(at(121.62, 42.005).leaf()).contains(HAMLET_1);
    assertThat(at(121.62, 42.015).leaf()).contains(HAMLET_1);
  }

  @Test
  void aPointOnASharedHorizontalEdgeBelongsToTheGridAbove() {
    assertThat(at(121.605, 42.01).leaf()).contains(XINHUA_BUILDING);
    assertThat(at(121.615, 42.01).leaf()).contains(XINHUA_BUILDING);
  }

  @Test
  void aSharedVertexBelongsToTheGridJustRightOfItAndAbove() {
    assertThat(at(121.61, 42.01).leaf()).contains(XINHUA_BUILDING);
    assertThat(at(121.62, 42.01).leaf()).contains(HAMLET_1);
    assertThat(at(121.61, 42.00).leaf()).contains(BUILDING_2);
    assertThat(at(121.60, 42.00).leaf()).contains(BUILDING_1);
  }

  @Test
  void theOuterRightAndTopSidesBelongToTheLowestCodedGridHoldingThem() {
    assertThat(at(121.63, 42.005).status()).isEqualTo(Status.INSIDE);
    assertThat(at(121.63, 42.005).leaf()).contains(HAMLET_1);
    assertThat(at(121.605, 42.02).leaf()).contains(XINHUA_BUILDING);
    assertThat(at(121.62, 42.02).leaf()).contains(XINHUA_BUILDING);
    assertThat(at(121.63, 42.02).leaf()).contains(HAMLET_1);
    assertThat(at(121.605, 42.00).leaf()).contains(BUILDING_1);
  }

  @Test
  void aPointInTwoOverlappingGridsIsOwnedByTheLowestCodeAndFlagged() {
    FlatGridLocator overlapping = locator(CoordinateSystem.WGS84, HAMLET_1, H1,
        HAMLET_2, "POLYGON ((121.625 42.00, 121.64 42.00, 121.64 42.02, 121.625 42.02, 121.625 42.00))");
    Location both = overlapping.locate(GeoPoint.wgs84(121.627, 42.01));
    assertThat(both.status()).isEqualTo(Status.OVERLAP);
    assertThat(both.leaf()).contains(HAMLET_1);
    assertThat(both.overlapping()).containsExactly(HAMLET_2);
    assertThat(overlapping.locate(GeoPoint.wgs84(121.635, 42.01)).status()).isEqualTo(Status.INSIDE);
    assertThat(overlapping.leafIndexAt(121.627, 42.01)).isEqualTo(overlapping.grids().indexOf(HAMLET_1));
  }

  @Test
  void manyOverlappingGridsAreAllListedInCodeOrder() {
    List<Object> pairs = new ArrayList<>();
    List<GridCode> codes = new ArrayList<>();
    for (int n = 1; n <= 40; n++) {
      GridCode code = GridCode.of(String.format("210902201201%03d", n));
      codes.add(code);
      pairs.add(code);
      pairs.add("POLYGON ((121.62 42.00, 121.63 42.00, 121.63 42.02, 121.62 42.02, 121.62 42.00))");
    }
    List<GridNode> nodes = new ArrayList<>(FuxinGrids.nodes());
    for (int n = 3; n <= 40; n++) {
      nodes.add(GridNode.of(codes.get(n - 1).value(), n + "组", "hamlet", VILLAGE.value()).withCounts(50, 140));
    }
    FlatGridLocator stacked = GridIndex.build(GridHierarchy.of(LevelSchemes.fuxin(), nodes, List.of()),
        BoundaryLayer.of(CoordinateSystem.WGS84, boundaries(pairs)));
    Location location = stacked.locate(GeoPoint.wgs84(121.625, 42.01));
    assertThat(location.status()).isEqualTo(Status.OVERLAP);
    assertThat(location.leaf()).contains(codes.get(0));
    assertThat(location.overlapping()).containsExactlyElementsOf(codes.subList(1, 40));
  }

  private static List<Boundary> boundaries(List<Object> pairs) {
    List<Boundary> boundaries = new ArrayList<>();
    for (int n = 0; n < pairs.size(); n += 2) {
      boundaries.add(Boundary.of((GridCode) pairs.get(n), wkt((String) pairs.get(n + 1))));
    }
    return boundaries;
  }

  @Test
  void aPointInNoGridGetsTheNearestGridAndItsDistanceOnTheEllipsoid() {
    Location east = at(121.65, 42.005);
    assertThat(east.status()).isEqualTo(Status.UNCOVERED);
    assertThat(east.grids()).isEmpty();
    assertThat(east.nearest()).contains(HAMLET_1);
    double karney = Geodesic.WGS84.Inverse(42.005, 121.65, 42.005, 121.63).s12;
    assertThat(east.distanceMetres().getAsDouble()).isCloseTo(karney, within(karney * 1e-4));

    Location southWest = at(121.59, 41.99);
    assertThat(southWest.nearest()).contains(BUILDING_1);
    double corner = Geodesic.WGS84.Inverse(41.99, 121.59, 42.00, 121.60).s12;
    assertThat(southWest.distanceMetres().getAsDouble()).isCloseTo(corner, within(corner * 1e-4));
  }

  @Test
  void aPointFarOutsideTheIndexIsUncoveredToo() {
    Location beijing = at(116.40, 39.90);
    assertThat(beijing.status()).isEqualTo(Status.UNCOVERED);
    assertThat(beijing.nearest()).contains(BUILDING_1);
    double karney = Geodesic.WGS84.Inverse(39.90, 116.40, 42.00, 121.60).s12;
    assertThat(beijing.distanceMetres().getAsDouble()).isCloseTo(karney, within(karney * 5e-3));
    assertThat(locator.leafIndexAt(116.40, 39.90)).isEqualTo(-1);
  }

  @Test
  void holesAreUncoveredAndTheirRimsBelongToTheGridAround() {
    FlatGridLocator ring = locator(CoordinateSystem.WGS84, HAMLET_1,
        "POLYGON ((121.60 42.00, 121.64 42.00, 121.64 42.03, 121.60 42.03, 121.60 42.00),"
            + " (121.61 42.01, 121.63 42.01, 121.63 42.02, 121.61 42.02, 121.61 42.01))",
        HAMLET_2, "POLYGON ((121.61 42.01, 121.62 42.01, 121.62 42.02, 121.61 42.02, 121.61 42.01))");
    assertThat(ring.locate(GeoPoint.wgs84(121.605, 42.015)).leaf()).contains(HAMLET_1);
    assertThat(ring.locate(GeoPoint.wgs84(121.615, 42.015)).leaf()).contains(HAMLET_2);
    Location inHole = ring.locate(GeoPoint.wgs84(121.626, 42.015));
    assertThat(inHole.status()).isEqualTo(Status.UNCOVERED);
    assertThat(inHole.nearest()).contains(HAMLET_1);
    double karney = Geodesic.WGS84.Inverse(42.015, 121.626, 42.015, 121.63).s12;
    assertThat(inHole.distanceMetres().getAsDouble()).isCloseTo(karney, within(karney * 1e-3));
    assertThat(ring.locate(GeoPoint.wgs84(121.63, 42.015)).leaf()).contains(HAMLET_1);
    assertThat(ring.locate(GeoPoint.wgs84(121.62, 42.015)).leaf()).contains(HAMLET_2);
    assertThat(ring.locate(GeoPoint.wgs84(121.61, 42.015)).leaf()).contains(HAMLET_2);
  }

  @Test
  void aMultiPolygonGridIsFoundInEachPart() {
    FlatGridLocator parts = locator(CoordinateSystem.WGS84, HAMLET_1,
        "MULTIPOLYGON (((121.60 42.00, 121.61 42.00, 121.61 42.01, 121.60 42.01, 121.60 42.00)),"
            + " ((121.70 42.10, 121.71 42.10, 121.71 42.11, 121.70 42.11, 121.70 42.10)))");
    assertThat(parts.locate(GeoPoint.wgs84(121.605, 42.005)).leaf()).contains(HAMLET_1);
    assertThat(parts.locate(GeoPoint.wgs84(121.705, 42.105)).leaf()).contains(HAMLET_1);
    assertThat(parts.locate(GeoPoint.wgs84(121.65, 42.05)).status()).isEqualTo(Status.UNCOVERED);
  }

  @Test
  void refusesAPointInAnotherCoordinateSystemNamingBoth() {
    assertThatThrownBy(() -> locator.locate(GeoPoint.gcj02(121.605, 42.005)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GCJ02").hasMessageContaining("WGS84");
    assertThatThrownBy(() -> locator.locate(new GeoPoint(121.605, 42.005, CoordinateSystem.BD09)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BD09");
  }

  @Test
  void takesCgcs2000AndWgs84AsTheSameSystem() {
    assertThat(locator.locate(new GeoPoint(121.605, 42.005, CoordinateSystem.CGCS2000)).leaf()).contains(BUILDING_1);
    FlatGridLocator cgcs = locator(CoordinateSystem.CGCS2000, BUILDING_1, B1);
    assertThat(cgcs.coordinateSystem()).isEqualTo(CoordinateSystem.CGCS2000);
    assertThat(cgcs.locate(GeoPoint.wgs84(121.605, 42.005)).leaf()).contains(BUILDING_1);
    FlatGridLocator gcj = locator(CoordinateSystem.GCJ02, BUILDING_1, B1);
    assertThat(gcj.locate(GeoPoint.gcj02(121.605, 42.005)).leaf()).contains(BUILDING_1);
    assertThatThrownBy(() -> gcj.locate(GeoPoint.wgs84(121.605, 42.005))).hasMessageContaining("GCJ02");
  }

  @Test
  void leafIndexAtFollowsTheSameRules() {
    assertThat(locator.grids()).containsExactly(BUILDING_1, BUILDING_2, XINHUA_BUILDING, HAMLET_1);
    assertThat(locator.leafIndexAt(121.605, 42.005)).isEqualTo(0);
    assertThat(locator.leafIndexAt(121.61, 42.005)).isEqualTo(1);
    assertThat(locator.leafIndexAt(121.63, 42.005)).isEqualTo(3);
    assertThat(locator.leafIndexAt(121.65, 42.005)).isEqualTo(-1);
    assertThatThrownBy(() -> locator.leafIndexAt(Double.NaN, 42.005)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void describesItsSize() {
    assertThat(locator.toString()).contains("WGS84").contains("4 grids");
  }
}
