package org.civicgrid.geo.map;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Changyuan community (长源社区, Fuxin) for map tests: an irregular community about 1.4 km across
 * at 42° N, divided into nine compounds (Voronoi cells of fixed sites), each with a building at its
 * site. One compound's name has XML's special characters in it.
 */
final class Changyuan {
  static final GridCode COMMUNITY = GridCode.of("210902001001");
  static final String[] NAMES = {"一号小区", "二号小区", "三号小区", "四号小区", "五号小区",
      "六号小区", "七号小区", "八号小区", "A&B<花园>"};
  static final int[] HOUSEHOLDS = {96, 104, 120, 88, 300, 150, 64, 210, 180};
  static final double[][] SITES = {{121.652, 42.014}, {121.660, 42.012}, {121.668, 42.015},
      {121.654, 42.020}, {121.661, 42.019}, {121.667, 42.021}, {121.655, 42.025}, {121.662, 42.026},
      {121.668, 42.027}};
  static final String OUTLINE = "POLYGON ((121.646 42.009, 121.664 42.007, 121.674 42.012, "
      + "121.673 42.030, 121.656 42.032, 121.647 42.024, 121.646 42.009))";

  private Changyuan() {}

  static GridCode compound(int i) {
    return GridCode.of(String.format("210902001001%03d", i + 1));
  }

  static GridHierarchy hierarchy() {
    GridHierarchy.Builder b = GridHierarchy.builder(LevelSchemes.fuxin())
        .add(GridNode.of("210902", "海州区", "county", null))
        .add(GridNode.of("210902001", "和平街道", "subdistrict", "210902"))
        .add(GridNode.of(COMMUNITY.value(), "长源社区", "community", "210902001"));
    for (int i = 0; i < NAMES.length; i++) {
      b.add(GridNode.of(compound(i).value(), NAMES[i], "compound", COMMUNITY.value())
          .withCounts(HOUSEHOLDS[i], HOUSEHOLDS[i] * 3));
    }
    return b.build();
  }

  static BoundaryLayer layer() {
    Geometry outline = wkt(OUTLINE);
    GeometryFactory factory = outline.getFactory();
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    List<Coordinate> sites = new ArrayList<>();
    for (double[] s : SITES) {
      sites.add(new Coordinate(s[0], s[1]));
    }
    voronoi.setSites(sites);
    voronoi.setClipEnvelope(outline.getEnvelopeInternal());
    Geometry cells = voronoi.getDiagram(factory);
    List<Boundary> boundaries = new ArrayList<>();
    for (int c = 0; c < cells.getNumGeometries(); c++) {
      Geometry cell = cells.getGeometryN(c);
      int i = sites.indexOf((Coordinate) cell.getUserData());
      boundaries.add(Boundary.of(compound(i), cell.intersection(outline)));
    }
    boundaries.add(Boundary.of(COMMUNITY, outline));
    return BoundaryLayer.of(CoordinateSystem.GCJ02, boundaries);
  }

  static ImmutableList<MapPoint> buildings() {
    ImmutableList.Builder<MapPoint> points = ImmutableList.builder();
    for (int i = 0; i < SITES.length; i++) {
      points.add(MapPoint.of(NAMES[i] + "1号楼", SITES[i][0], SITES[i][1]));
    }
    return points.build();
  }

  static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
