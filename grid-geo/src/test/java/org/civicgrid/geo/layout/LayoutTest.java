package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.util.AffineTransformation;

class LayoutTest {
  private static final Layout TWO_COMPOUNDS = new Layout(ImmutableList.of(
      new LayoutGrid("210902001001001", "210902001001", 98, 98, UnitGraphTest.COMPOUND.area()),
      new LayoutGrid("210902001002001", "210902001002", 104, 104,
          AffineTransformation.translationInstance(200, 0).transform(UnitGraphTest.COMPOUND.area()))),
      ImmutableList.of());

  @Test
  void theGridsOfOneParent() {
    assertThat(TWO_COMPOUNDS.grids("210902001002")).extracting(LayoutGrid::code).containsExactly("210902001002001");
  }

  @Test
  void gridsBecomeHierarchyNodesUnderTheirParentsWithTheirHouseholds() {
    assertThat(TWO_COMPOUNDS.nodes("unit-grid", "第%s网格")).first().isEqualTo(
        GridNode.of("210902001001001", "第210902001001001网格", "unit-grid", "210902001001").withCounts(98, 0));
  }

  @Test
  void boundariesAreMappedIntoTheAskedSystem() {
    AffineTransformation toLonLat = AffineTransformation.scaleInstance(1e-5, 1e-5).translate(121.6, 42.0);
    assertThat(TWO_COMPOUNDS.boundaries(CoordinateSystem.WGS84, toLonLat)
        .boundary(GridCode.of("210902001002001")).orElseThrow().area().getEnvelopeInternal().getMinX())
        .isCloseTo(121.602, within(1e-9));
  }

  @Test
  void refusesAMissingLevel() {
    assertThatThrownBy(() -> TWO_COMPOUNDS.nodes(null, "%s")).isInstanceOf(NullPointerException.class)
        .hasMessage("level");
  }
}
