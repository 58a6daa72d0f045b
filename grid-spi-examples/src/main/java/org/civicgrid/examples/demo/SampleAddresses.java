package org.civicgrid.examples.demo;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.GridLocator;
import org.civicgrid.core.locate.Location;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.locationtech.jts.geom.Coordinate;

/**
 * A few addresses in and around the sample county, located to their grid at every level: where
 * residents reported something, as their phones (WGS-84) or a web map (GCJ-02) gave the position.
 */
final class SampleAddresses {
  /** The two building grids whose shared edge the edge address sits on. */
  static final GridCode FUYUAN_1 = GridCode.of("210902001001002001");
  static final GridCode FUYUAN_2 = GridCode.of("210902001001002002");

  private SampleAddresses() {}

  /** A named position, with a note on how it was located or an empty one. */
  record Address(String name, GeoPoint point, String note) {
    Address(String name, GeoPoint point) {
      this(name, point, "");
    }
  }

  /** The addresses, the edge one placed on a vertex that {@link #FUYUAN_1} and {@link #FUYUAN_2} share. */
  static List<Address> of(BoundaryLayer wgs84) {
    return List.of(
        new Address("长源小区 4号楼, by phone", GeoPoint.wgs84(121.646507, 42.008615)),
        new Address("站前小区 12号楼, by phone", GeoPoint.wgs84(121.652185, 42.008126)),
        new Address("北山村委会, from a web map", GeoPoint.gcj02(121.660914, 42.014649)),
        new Address("on the edge between 福源1号楼网格 and 福源2号楼网格", sharedVertex(wgs84, FUYUAN_1, FUYUAN_2),
            "a point on an edge two grids share belongs to the grid just east of it (just north, on an"
                + " east-west edge), so it has exactly one grid"),
        new Address("a farm west of the county line", GeoPoint.wgs84(121.639404, 42.006531)));
  }

  /** Locates every address and prints its grids, leaf to top, or the nearest grid. */
  static void locate(GridHierarchy county, BoundaryLayer wgs84, GridLocator locator, PrintStream out) {
    out.printf("%nLocated addresses (grid path leaf → top):%n");
    for (Address address : of(wgs84)) {
      GeoPoint given = address.point();
      Location at = locator.locate(CoordinateTransforms.transform(given, locator.coordinateSystem()));
      out.printf(Locale.ROOT, "  %s (%.6f, %.6f %s): %s%n", address.name(), given.longitude(), given.latitude(),
          given.system(), describe(county, at));
      if (!address.note().isEmpty()) {
        out.println("    " + address.note());
      }
    }
  }

  private static String describe(GridHierarchy county, Location at) {
    if (!at.isCovered()) {
      GridCode nearest = at.nearest().orElseThrow();
      return String.format(Locale.ROOT, "uncovered, nearest grid %s %s at %.0f m",
          county.get(nearest).name(), nearest, at.distanceMetres().orElseThrow());
    }
    GridCode leaf = at.leaf().orElseThrow();
    return leaf + " " + at.grids().stream().map(code -> county.get(code).name()).collect(Collectors.joining(" → "));
  }

  /** The middle one, south to north, of the vertices two grids' boundaries share. */
  private static GeoPoint sharedVertex(BoundaryLayer wgs84, GridCode a, GridCode b) {
    Set<Coordinate> ofB = Set.copyOf(Arrays.asList(wgs84.boundary(b).orElseThrow().area().getCoordinates()));
    List<Coordinate> shared = Arrays.stream(wgs84.boundary(a).orElseThrow().area().getCoordinates())
        .distinct().filter(ofB::contains).sorted(Comparator.comparingDouble(c -> c.y)).toList();
    Coordinate middle = shared.get(shared.size() / 2);
    return new GeoPoint(middle.x, middle.y, CoordinateSystem.WGS84);
  }
}
