package org.civicgrid.geo;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A residential compound of Changyuan community (Haizhou, Fuxin) cut into four building grids, two
 * by two, as WKT in WGS-84: the compound spans 121.60–121.62 E, 42.00–42.01 N (about 1.65 km by
 * 1.1 km) and its grids meet at 121.61 E, 42.005 N. Tests replace one boundary to build each defect.
 *
 * <p>{@link #hierarchy()} counts households on the grids; {@link #hierarchyWithBuildings()} counts
 * them on buildings instead, one of them with two units, whose positions {@link #buildingLocations()}
 * gives.
 */
public final class CompoundBlocks {
  public static final GridCode COMPOUND = GridCode.of("210902001001001");
  public static final GridCode SOUTH_WEST = GridCode.of("210902001001001001");
  public static final GridCode SOUTH_EAST = GridCode.of("210902001001001002");
  public static final GridCode NORTH_WEST = GridCode.of("210902001001001003");
  public static final GridCode NORTH_EAST = GridCode.of("210902001001001004");

  public static final String COMPOUND_WKT = "POLYGON ((121.60 42.00, 121.62 42.00, 121.62 42.01, 121.60 42.01, 121.60 42.00))";
  public static final String SOUTH_WEST_WKT =
      "POLYGON ((121.60 42.00, 121.61 42.00, 121.61 42.005, 121.60 42.005, 121.60 42.00))";
  public static final String SOUTH_EAST_WKT =
      "POLYGON ((121.61 42.00, 121.62 42.00, 121.62 42.005, 121.61 42.005, 121.61 42.00))";
  public static final String NORTH_WEST_WKT =
      "POLYGON ((121.60 42.005, 121.61 42.005, 121.61 42.01, 121.60 42.01, 121.60 42.005))";
  public static final String NORTH_EAST_WKT =
      "POLYGON ((121.61 42.005, 121.62 42.005, 121.62 42.01, 121.61 42.01, 121.61 42.005))";

  private CompoundBlocks() {}

  /** Haizhou district down to the compound and its four building grids of about 100 households. */
  public static GridHierarchy hierarchy() {
    return GridHierarchy.of(LevelSchemes.fuxin(), ImmutableList.of(
        GridNode.of("210902", "海州区", "county", null),
        GridNode.of("210902001", "和平街道", "subdistrict", "210902"),
        GridNode.of("210902001001", "长源社区", "community", "210902001"),
        GridNode.of(COMPOUND.value(), "一号小区", "compound", "210902001001"),
        GridNode.of(SOUTH_WEST.value(), "1号楼网格", "building-grid", COMPOUND.value()).withCounts(96, 270),
        GridNode.of(SOUTH_EAST.value(), "2号楼网格", "building-grid", COMPOUND.value()).withCounts(104, 300),
        GridNode.of(NORTH_WEST.value(), "3号楼网格", "building-grid", COMPOUND.value()).withCounts(100, 280),
        GridNode.of(NORTH_EAST.value(), "4号楼网格", "building-grid", COMPOUND.value()).withCounts(98, 275)),
        List.of());
  }

  /**
   * The same grids with households in buildings: the south-west grid has building A (60 households,
   * near its south-west corner) and B (36, near the crossroads); the south-east grid one building of
   * two units of 52; the northern grids one building each, of 100 and 98.
   */
  public static GridHierarchy hierarchyWithBuildings() {
    List<GridNode> nodes = hierarchy().grids().stream().map(g -> g.node().withCounts(0, 0)).toList();
    Place southEast = Place.building("SE-1", "2号楼", SOUTH_EAST, 0, 0);
    return GridHierarchy.of(LevelSchemes.fuxin(), nodes, List.of(
        Place.building("SW-A", "1号楼A座", SOUTH_WEST, 60, 170),
        Place.building("SW-B", "1号楼B座", SOUTH_WEST, 36, 100),
        southEast,
        Place.unit("SE-1-1", "1单元", southEast, 52, 150),
        Place.unit("SE-1-2", "2单元", southEast, 52, 150),
        Place.building("NW-1", "3号楼", NORTH_WEST, 100, 280),
        Place.building("NE-1", "4号楼", NORTH_EAST, 98, 275)));
  }

  /** Where the buildings of {@link #hierarchyWithBuildings()} stand; units have no position of their own. */
  public static Map<String, GeoPoint> buildingLocations() {
    return Map.of(
        "SW-A", GeoPoint.wgs84(121.602, 42.001),
        "SW-B", GeoPoint.wgs84(121.608, 42.004),
        "SE-1", GeoPoint.wgs84(121.615, 42.0025),
        "NW-1", GeoPoint.wgs84(121.605, 42.0075),
        "NE-1", GeoPoint.wgs84(121.615, 42.0075));
  }

  /** The compound and its four grids, as drawn above. */
  public static Map<GridCode, String> wkt() {
    Map<GridCode, String> wkt = new LinkedHashMap<>();
    wkt.put(COMPOUND, COMPOUND_WKT);
    wkt.put(SOUTH_WEST, SOUTH_WEST_WKT);
    wkt.put(SOUTH_EAST, SOUTH_EAST_WKT);
    wkt.put(NORTH_WEST, NORTH_WEST_WKT);
    wkt.put(NORTH_EAST, NORTH_EAST_WKT);
    return wkt;
  }

  /** A layer of {@code wkt} by grid. */
  public static BoundaryLayer layer(Map<GridCode, String> wkt) {
    List<Boundary> boundaries = new ArrayList<>();
    wkt.forEach((grid, text) -> boundaries.add(Boundary.of(grid, geometry(text))));
    return BoundaryLayer.of(CoordinateSystem.WGS84, boundaries);
  }

  /** The compound's layer with {@code grid}'s boundary replaced by {@code text}. */
  public static BoundaryLayer layerWith(GridCode grid, String text) {
    Map<GridCode, String> wkt = wkt();
    wkt.put(grid, text);
    return layer(wkt);
  }

  public static Geometry geometry(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
