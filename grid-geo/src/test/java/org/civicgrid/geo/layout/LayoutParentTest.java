package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class LayoutParentTest {
  @Test
  void keepsItsOwnCopyOfTheArea() {
    LayoutParent compound = UnitGraphTest.COMPOUND;
    compound.area().getCoordinates()[0].x = 50;
    assertThat(compound.area().getArea()).isEqualTo(40_000);
  }

  @Test
  void refusesAnAreaThatIsNotAPolygon() {
    assertThatThrownBy(() -> new LayoutParent("210902001001", new GeometryFactory().createPoint(new Coordinate(1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parent 210902001001 is not a non-empty polygon");
  }
}
