package org.civicgrid.geo.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Changyuan community (长源社区) drawn as six unit-square compounds, A to F, in two rows, edges
 * matching vertex for vertex:
 *
 * <pre>
 * 2 +---+---+---+
 *   | D | E | F |
 * 1 +---+---+---+
 *   | A | B | C |
 * 0 +---+---+---+
 *   0   1   2   3
 * </pre>
 */
final class Blocks {
  static final GridCode COMMUNITY = GridCode.of("210902001001");
  static final GridCode A = compound("001");
  static final GridCode B = compound("002");
  static final GridCode C = compound("003");
  static final GridCode D = compound("004");
  static final GridCode E = compound("005");
  static final GridCode F = compound("006");
  static final GridCode NEW_1 = compound("007");
  static final GridCode NEW_2 = compound("008");
  static final GridCode NEW_3 = compound("009");

  private Blocks() {}

  static GridCode compound(String sequence) {
    return GridCode.of("210902001001" + sequence);
  }

  static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static LineString line(String text) {
    return (LineString) wkt(text);
  }

  static Boundary square(GridCode grid, int x, int y) {
    return Boundary.of(grid, wkt(String.format("POLYGON ((%d %d, %d %d, %d %d, %d %d, %d %d))",
        x, y, x + 1, y, x + 1, y + 1, x, y + 1, x, y)));
  }

  /** The six compounds, one level. */
  static BoundaryLayer compounds() {
    return BoundaryLayer.of(CoordinateSystem.WGS84, List.of(square(A, 0, 0), square(B, 1, 0),
        square(C, 2, 0), square(D, 0, 1), square(E, 1, 1), square(F, 2, 1)));
  }

  /** The compounds and the community around them, whose ring has every compound corner on it. */
  static BoundaryLayer withCommunity() {
    return compounds().with(Boundary.of(COMMUNITY,
        wkt("POLYGON ((0 0, 1 0, 2 0, 3 0, 3 1, 3 2, 2 2, 1 2, 0 2, 0 1, 0 0))")));
  }

  /** The community and its compounds under Fuxin's scheme. */
  static GridHierarchy hierarchy() {
    GridHierarchy.Builder b = GridHierarchy.builder(LevelSchemes.fuxin())
        .add(GridNode.of("210902", "海州区", "county", null))
        .add(GridNode.of("210902001", "和平街道", "subdistrict", "210902"))
        .add(GridNode.of("210902001001", "长源社区", "community", "210902001"));
    String[] names = {"一号小区", "二号小区", "三号小区", "四号小区", "五号小区", "六号小区"};
    for (int i = 0; i < names.length; i++) {
      b.add(GridNode.of("210902001001" + String.format("%03d", i + 1), names[i], "compound", "210902001001"));
    }
    return b.build();
  }

  static Geometry area(BoundaryLayer layer, GridCode grid) {
    return layer.boundary(grid).orElseThrow().area();
  }

  /** Asserts that the grids of one level in {@code layer} form a valid coverage. */
  static void assertValidCoverage(BoundaryLayer layer, List<GridCode> level) {
    Geometry[] areas = level.stream().map(g -> area(layer, g)).toArray(Geometry[]::new);
    assertThat(CoverageValidator.isValid(areas)).as("coverage of %s", level).isTrue();
  }

  /** Asserts that {@code actual} is {@code expected} up to ring start and direction. */
  static void assertSameArea(Geometry actual, String expected) {
    Geometry e = wkt(expected).norm();
    assertThat(actual.norm().equalsExact(e)).as("%s is %s", actual, e).isTrue();
  }
}
