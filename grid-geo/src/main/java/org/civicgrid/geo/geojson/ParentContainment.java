package org.civicgrid.geo.geojson;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.report.Finding;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.Geodesy;
import org.civicgrid.geo.crs.Measures;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Checks that each imported grid lies inside its nearest ancestor that has a boundary, in the same
 * document or in a layer of known boundaries. The ancestor is widened by the tolerance first, so
 * slivers from digitising and rounding are not reported: the widening is at least the tolerance in
 * every direction (it is applied in degrees of longitude, so north-south it is up to 1/cos(latitude)
 * times larger). Not thread-safe: one instance serves one import.
 */
final class ParentContainment {
  private final GridHierarchy hierarchy;
  private final Map<GridCode, Geometry> imported;
  private final BoundaryLayer known;
  private final CoordinateSystem system;
  private final double toleranceMetres;
  private final Map<GridCode, PreparedGeometry> widened = new HashMap<>();

  ParentContainment(GridHierarchy hierarchy, Map<GridCode, Geometry> imported, BoundaryLayer known,
      CoordinateSystem system, double toleranceMetres) {
    this.hierarchy = hierarchy;
    this.imported = imported;
    this.known = known;
    this.system = system;
    this.toleranceMetres = toleranceMetres;
  }

  /** Records an {@link GeoJsonRule#OUTSIDE_PARENT} finding when {@code area} sticks out of its ancestor. */
  void check(GridCode code, Geometry area, String where, List<Finding> findings) {
    Optional<Grid> grid = hierarchy.find(code);
    Optional<Grid> ancestor = grid.flatMap(Grid::parent);
    while (ancestor.isPresent() && boundaryOf(ancestor.get().code()) == null) {
      ancestor = ancestor.get().parent();
    }
    if (ancestor.isEmpty()) {
      return;
    }
    GridCode parent = ancestor.get().code();
    Geometry parentArea = boundaryOf(parent);
    PreparedGeometry tolerant = widened.computeIfAbsent(parent, p -> PreparedGeometryFactory.prepare(
        parentArea.buffer(toleranceMetres / Geodesy.metresPerDegreeLongitude(parentArea.getCentroid().getY()))));
    if (tolerant.covers(area)) {
      return;
    }
    Geometry sticking = OverlayNGRobust.overlay(area, parentArea, OverlayNG.DIFFERENCE);
    double outside = Measures.areaSquareMetres(sticking, system);
    double whole = Measures.areaSquareMetres(area, system);
    findings.add(Finding.of(GeoJsonRule.OUTSIDE_PARENT, code.value(), String.format(Locale.ROOT,
        "lies %.1f m² (%.2f %%) outside its %s %s %s (tolerance %.2f m)%s", outside, 100 * outside / whole,
        parent.equals(grid.get().node().parent()) ? "parent" : "ancestor", parent, ancestor.get().name(),
        toleranceMetres, where)));
  }

  private Geometry boundaryOf(GridCode code) {
    Geometry own = imported.get(code);
    if (own != null || known == null) {
      return own;
    }
    return known.boundary(code).map(Boundary::area).orElse(null);
  }
}
