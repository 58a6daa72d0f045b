package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class LayoutParentTest {
  @Test
  void keepsItsOwnCopyOfTheArea() {
    LayoutParent compound = UnitGraphTest.COMPOUND;
    compound.area().getCoordinates()[0].x = 50;
    assertThat(compound.area().getArea()).isEqualTo(40_000);
  }

  @Test
  void roundsVerticesToTheMillimetreKeepingSharedOnesShared() throws ParseException {
    WKTReader wkt = new WKTReader();
    LayoutParent west = new LayoutParent("210902001001",
        wkt.read("POLYGON ((0 0, 100.00049 0.0004, 100.0006 200.1234567, 0 200, 0 0))"));
    LayoutParent east = new LayoutParent("210902001002",
        wkt.read("POLYGON ((100.00049 0.0004, 300 0, 300 200, 100.0006 200.1234567, 100.00049 0.0004))"));
    assertThat(west.area().getCoordinates()).contains(new Coordinate(100, 0), new Coordinate(100.001, 200.123));
    assertThat(west.area().intersection(east.area()).getDimension()).isEqualTo(1);
    assertThat(west.area().union(east.area()).getArea()).isCloseTo(300 * 200 + 0.123 * 300 / 2,
        within(1e-6));
  }

  @Test
  void refusesAnAreaThatIsNotAPolygon() {
    assertThatThrownBy(() -> new LayoutParent("210902001001", new GeometryFactory().createPoint(new Coordinate(1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parent 210902001001 is not a non-empty polygon");
  }
}
