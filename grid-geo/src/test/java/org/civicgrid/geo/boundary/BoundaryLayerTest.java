package org.civicgrid.geo.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class BoundaryLayerTest {
  private static final GridCode A = GridCode.of("210902001001001001");
  private static final GridCode B = GridCode.of("210902001001001002");

  static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  @Test
  void holdsOneBoundaryPerGridInOneSystem() {
    Boundary a = Boundary.of(A, wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"));
    Boundary b = Boundary.of(B, wkt("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"));
    BoundaryLayer layer = BoundaryLayer.of(CoordinateSystem.GCJ02, List.of(a, b));
    assertThat(layer.system()).isEqualTo(CoordinateSystem.GCJ02);
    assertThat(layer.boundary(A)).contains(a);
    assertThat(layer.without(A).boundary(A)).isEmpty();
    assertThat(layer.with(Boundary.of(A, wkt("POLYGON ((0 0, 1 0, 0 1, 0 0))"))).size()).isEqualTo(2);
    assertThatThrownBy(() -> BoundaryLayer.of(CoordinateSystem.WGS84, List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(A.value());
  }

  @Test
  void refusesWhatIsNotAValidArea() {
    assertThatThrownBy(() -> Boundary.of(A, wkt("LINESTRING (0 0, 1 1)"))).hasMessageContaining("LineString")
        .hasMessageContaining(A.value());
    assertThatThrownBy(() -> Boundary.of(A, wkt("POLYGON EMPTY"))).hasMessageContaining("empty");
    assertThatThrownBy(() -> Boundary.of(A, wkt("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")))
        .hasMessageContaining("not a valid polygon");
  }

  @Test
  void copiesTheGeometryIn() {
    Geometry square = wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
    Boundary a = Boundary.of(A, square);
    square.getCoordinates()[0].x = 5;
    assertThat(a.area().getCoordinates()[0].x).isZero();
  }
}
