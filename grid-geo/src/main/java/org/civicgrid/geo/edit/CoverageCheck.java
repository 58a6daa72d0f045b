package org.civicgrid.geo.edit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.geo.boundary.Boundary;
import org.locationtech.jts.coverage.CoveragePolygonValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The checks every edit's result passes: each edited area is a valid polygon, and fits its
 * neighbours as a coverage ({@link CoveragePolygonValidator}: no overlap, shared edges matching
 * vertex for vertex). Only edited grids are checked, against every grid of their level that comes
 * near them, so a problem elsewhere in the layer never blocks an edit. Stateless.
 */
final class CoverageCheck {
  private CoverageCheck() {}

  /**
   * The boundary of {@code grid}, or an {@link EditRule#INVALID_RESULT} refusal naming it and the
   * spot where its area crosses or touches itself.
   */
  static Boundary boundary(GridCode grid, Geometry area, List<GridCode> involved) {
    IsValidOp valid = new IsValidOp(area);
    TopologyValidationError error = area.isEmpty() ? null : valid.getValidationError();
    if (area.isEmpty() || error != null) {
      String where = error == null ? "it is empty" : error.getMessage() + " at " + error.getCoordinate();
      throw IllegalEditException.of(EditRule.INVALID_RESULT, withFirst(grid, involved),
          "the edit would leave grid " + grid + " with an invalid area: " + where,
          error == null ? area : area.getFactory().createPoint(error.getCoordinate()));
    }
    return Boundary.of(grid, area);
  }

  /**
   * Refuses with {@link EditRule#COVERAGE_BROKEN} when an {@code edited} boundary does not fit the
   * {@code level}'s other boundaries near it; the report has one finding per misfit grid.
   */
  static void fits(List<Boundary> edited, List<Boundary> level) {
    List<Finding> findings = new ArrayList<>();
    List<GridCode> grids = new ArrayList<>();
    List<Geometry> problems = new ArrayList<>();
    for (Boundary e : edited) {
      List<Boundary> near = level.stream()
          .filter(n -> !n.grid().equals(e.grid()))
          .filter(n -> n.area().getEnvelopeInternal().intersects(e.area().getEnvelopeInternal()))
          .toList();
      Geometry invalid = CoveragePolygonValidator.validate(e.area(),
          near.stream().map(Boundary::area).toArray(Geometry[]::new));
      if (invalid == null || invalid.isEmpty()) {
        continue;
      }
      // Grids merely touching the problem at a point are not to blame.
      List<GridCode> against = near.stream()
          .filter(n -> RelateNG.relate(n.area(), invalid, RelatePredicate.intersects())
              && OverlayNGRobust.overlay(n.area(), invalid, OverlayNG.INTERSECTION).getLength() > 0)
          .map(Boundary::grid).toList();
      String message = "grid " + e.grid() + " would overlap or not match the edges of "
          + (against.isEmpty() ? "its neighbours"
              : "grid " + against.stream().map(GridCode::value).collect(Collectors.joining(", grid ")));
      findings.add(Finding.of(EditRule.COVERAGE_BROKEN, e.grid().value(), message));
      grids.add(e.grid());
      against.stream().filter(g -> !grids.contains(g)).forEach(grids::add);
      problems.add(invalid);
    }
    if (!findings.isEmpty()) {
      GeometryFactory factory = edited.get(0).area().getFactory();
      throw new IllegalEditException(EditRule.COVERAGE_BROKEN, grids,
          findings.stream().map(Finding::message).collect(Collectors.joining("; ")),
          Report.of(findings), factory.buildGeometry(problems));
    }
  }

  private static List<GridCode> withFirst(GridCode grid, List<GridCode> involved) {
    ImmutableList.Builder<GridCode> codes = ImmutableList.<GridCode>builder().add(grid);
    involved.stream().filter(g -> !g.equals(grid)).forEach(codes::add);
    return codes.build();
  }
}
