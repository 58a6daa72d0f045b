package org.civicgrid.geo.layout.io;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.geojson.GeoJsonImport;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutGrid;
import org.civicgrid.geo.layout.LayoutParent;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns an imported grids GeoJSON layer back into a {@link Layout}: each feature's {@code households}
 * (required, a whole number ≥ 0), {@code units} (optional, ≥ 0) and {@code parent} (required); with
 * parents given, the parent must be one of them, the grid's code must extend it and its area must lie
 * inside it. Stateless.
 */
final class GridFeatures {
  /** How far a grid may stick out of its parent, in metres, before it counts as outside (rounding). */
  static final double TOLERANCE_METRES = 1;
  /** How much area may lie outside the widened parent before it is a problem, square metres. */
  private static final double OUTSIDE_SQUARE_METRES = 1;

  private GridFeatures() {}

  static Layout layout(GeoJsonImport imported, LocalFrame frame, Parents parents, FileProblems problems) {
    ImmutableList.Builder<LayoutGrid> grids = ImmutableList.builder();
    Map<String, Geometry> widened = new HashMap<>();
    List<Boundary> boundaries = imported.layer().boundaries().asList();
    for (int i = 0; i < boundaries.size(); i++) {
      GridCode code = boundaries.get(i).grid();
      String location = FindingProblems.feature(i + 1, code.value(), 0);
      Map<String, Object> properties = imported.properties(code).orElse(Map.of());
      int households = count(properties, "households", true, problems, location);
      int units = count(properties, "units", false, problems, location);
      Object parentValue = properties.get("parent");
      String parent = parentValue == null ? null : FieldValues.text(parentValue);
      if (parent == null || parent.isEmpty()) {
        problems.add(location, "has no parent property");
        continue;
      }
      Geometry area = frame.toMetres().transform(boundaries.get(i).area());
      if (parents != null && !fitsParent(code, parent, area, parents, widened, problems, location)) {
        continue;
      }
      if (households >= 0 && units >= 0) {
        grids.add(new LayoutGrid(code.value(), parent, households, units, area));
      }
    }
    if (boundaries.isEmpty()) {
      problems.add("file", "has no grids");
    }
    return new Layout(grids.build(), ImmutableList.of());
  }

  /** The count, 0 when optional and absent, or -1 with the problem added. */
  private static int count(Map<String, Object> properties, String name, boolean required, FileProblems problems,
      String location) {
    Object value = properties.get(name);
    if (value == null) {
      if (required) {
        problems.add(location, "has no " + name + " property");
        return -1;
      }
      return 0;
    }
    return FieldValues.whole(name, FieldValues.text(value), 0, problems, location);
  }

  private static boolean fitsParent(GridCode code, String parent, Geometry area, Parents parents,
      Map<String, Geometry> widened, FileProblems problems, String location) {
    LayoutParent known = parents.parent(parent).orElse(null);
    if (known == null) {
      problems.add(location, "parent '" + parent + "' is not in the parents file");
      return false;
    }
    if (!code.value().startsWith(parent) || code.value().equals(parent)) {
      problems.add(location, "code " + code + " does not extend its parent's code " + parent);
      return false;
    }
    Geometry around = widened.computeIfAbsent(parent, p -> known.area().buffer(TOLERANCE_METRES));
    double outside = area.difference(around).getArea();
    if (outside > OUTSIDE_SQUARE_METRES) {
      problems.add(location, String.format(Locale.ROOT, "lies outside its parent %s by %.0f m² (of %.0f m²)",
          parent, outside, area.getArea()));
      return false;
    }
    return true;
  }
}
