package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.Location;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.civicgrid.geo.index.FlatGridLocator;
import org.civicgrid.geo.index.GridIndex;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class SampleAddressesTest {
  private static final GridHierarchy COUNTY = Demo.loadSampleCounty();
  private static final BoundaryLayer WGS84 =
      CoordinateTransforms.transform(SampleCountyBoundaries.asShipped(COUNTY), CoordinateSystem.WGS84);
  private static final FlatGridLocator LOCATOR = GridIndex.build(COUNTY, WGS84);

  private static Location locate(GeoPoint point) {
    return LOCATOR.locate(CoordinateTransforms.transform(point, CoordinateSystem.WGS84));
  }

  @Test
  void theEdgeAddressIsAVertexBothFuyuanGridsHaveAndOnlyTheEasternOneOwnsIt() {
    GeoPoint onEdge = SampleAddresses.of(WGS84).get(3).point();
    Coordinate vertex = new Coordinate(onEdge.longitude(), onEdge.latitude());
    for (GridCode grid : List.of(SampleAddresses.FUYUAN_1, SampleAddresses.FUYUAN_2)) {
      Geometry area = WGS84.boundary(grid).orElseThrow().area();
      assertThat(List.of(area.getCoordinates())).as("vertices of %s", grid).contains(vertex);
    }
    Location at = locate(onEdge);
    assertThat(at.status()).isEqualTo(Location.Status.INSIDE);
    assertThat(at.leaf()).contains(SampleAddresses.FUYUAN_2);
  }

  @Test
  void everyAddressButTheFarmIsInsideTheCountyAndTheFarmIsAQuarterKilometreOut() {
    List<SampleAddresses.Address> addresses = SampleAddresses.of(WGS84);
    assertThat(addresses).hasSize(5);
    assertThat(addresses.subList(0, 4)).allSatisfy(a -> assertThat(locate(a.point()).isCovered()).isTrue());
    Location farm = locate(addresses.get(4).point());
    assertThat(farm.status()).isEqualTo(Location.Status.UNCOVERED);
    assertThat(farm.nearest()).contains(GridCode.of("210902001002001001"));
    assertThat(farm.distanceMetres().orElseThrow()).isBetween(240.0, 260.0);
  }

  @Test
  void theWebMapAddressIsGivenInGcj02AndLocatedAfterConversion() {
    GeoPoint villageOffice = SampleAddresses.of(WGS84).get(2).point();
    assertThat(villageOffice.system()).isEqualTo(CoordinateSystem.GCJ02);
    assertThat(locate(villageOffice).leaf()).contains(GridCode.of("210902101202001"));
    // Taken as WGS-84 without converting, the same numbers land some 500 m north-east, outside the county.
    Location unconverted = LOCATOR.locate(GeoPoint.wgs84(villageOffice.longitude(), villageOffice.latitude()));
    assertThat(unconverted.isCovered()).isFalse();
  }
}
