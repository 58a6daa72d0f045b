package org.civicgrid.geo.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The grids of one level a hazard reaches, with the households exposed in each, most exposed first
 * (seed 003: before a rainstorm, grid workers go to the low-lying houses). Households come from the
 * hierarchy's roll-up. Places carry no coordinates in the model, so by default each grid's households
 * are scaled by the share of its area inside the hazard, and the answer says so; given {@link
 * PlaceLocations}, located buildings are counted exactly inside or outside and only the rest is
 * estimated by area. Area shares are ratios of longitude/latitude areas, exact enough at city scale.
 *
 * <p>Built once per level; immutable and safe for concurrent use.
 */
public final class HazardQuery {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final LevelGeometry level;
  private final PlaceLocations places;

  private HazardQuery(LevelGeometry level, PlaceLocations places) {
    this.level = level;
    this.places = places;
  }

  /**
   * A query over the grids of {@code level} with their boundaries in {@code layer}, estimating
   * households by area share.
   *
   * @throws IllegalArgumentException if the hierarchy's scheme has no level with this id
   */
  public static HazardQuery of(GridHierarchy hierarchy, BoundaryLayer layer, Level level) {
    return new HazardQuery(LevelGeometry.of(hierarchy, layer, level), null);
  }

  /**
   * This query, counting the households of located places exactly.
   *
   * @throws IllegalArgumentException if the places are in another coordinate system than the boundaries
   */
  public HazardQuery withPlaceLocations(PlaceLocations locations) {
    checkNotNull(locations, "locations");
    level.requireSystem(locations.system(), locations);
    return new HazardQuery(level, locations);
  }

  /**
   * The grids {@code hazard} reaches, by exposed households descending (ties by code); empty when it
   * reaches none.
   *
   * @throws IllegalArgumentException if the hazard is in another coordinate system than the boundaries
   */
  public HazardExposure affected(Hazard hazard) {
    checkNotNull(hazard, "hazard");
    level.requireSystem(hazard.system(), hazard);
    List<Finding> findings = new ArrayList<>();
    hazard.repair().ifPresent(note -> findings.add(Finding.of(HazardRule.HAZARD_REPAIRED, hazard.name(), note)));
    if (places == null) {
      findings.add(Finding.of(HazardRule.HOUSEHOLDS_ESTIMATED, hazard.name(), "places carry no coordinates in the "
          + "model and none were given, so each grid's households are scaled by the share of its area affected"));
    }
    for (Grid grid : level.unbounded) {
      findings.add(Finding.of(HazardRule.GRID_WITHOUT_BOUNDARY, grid.code().value(),
          "has no boundary, so its " + grid.households() + " households could not be assessed"));
    }
    Exposure exposure = new Exposure(hazard);
    List<AffectedGrid> affected = new ArrayList<>();
    for (int k : level.candidates(hazard.area().getEnvelopeInternal())) {
      exposure.of(level.grids.get(k), level.areas.get(k)).ifPresent(affected::add);
    }
    affected.sort(Comparator.comparingDouble(AffectedGrid::exposedHouseholds).reversed()
        .thenComparing(AffectedGrid::grid));
    return new HazardExposure(hazard, level.level, ImmutableList.copyOf(affected), Report.of(findings));
  }

  @Override
  public String toString() {
    return "HazardQuery[" + level.level.id() + ", " + level.grids.size() + " grids"
        + (places == null ? "" : ", " + places) + "]";
  }

  /** The work of one {@link #affected} call. */
  private final class Exposure {
    private final Hazard hazard;
    private final PreparedGeometry area;
    private final Map<String, Boolean> inside = new HashMap<>();

    Exposure(Hazard hazard) {
      this.hazard = hazard;
      this.area = PreparedGeometryFactory.prepare(hazard.area());
    }

    Optional<AffectedGrid> of(Grid grid, Geometry gridArea) {
      if (!area.intersects(gridArea)) {
        return Optional.empty();
      }
      Geometry struck = area.covers(gridArea) ? gridArea
          : OverlayNGRobust.overlay(gridArea, hazard.area(), OverlayNG.INTERSECTION);
      double share = Math.min(1, struck.getArea() / gridArea.getArea());
      long located = 0;
      long householdsInside = 0;
      int placesInside = 0;
      if (places != null) {
        Map<String, Boolean> anchorsCounted = new HashMap<>();
        for (Place place : grid.placesWithin()) {
          Optional<Place> anchor = anchor(place);
          if (anchor.isEmpty()) {
            continue;
          }
          located += place.households();
          if (isInside(anchor.get())) {
            householdsInside += place.households();
            if (anchorsCounted.putIfAbsent(anchor.get().id(), true) == null) {
              placesInside++;
            }
          }
        }
      }
      if (share == 0 && placesInside == 0) {
        return Optional.empty();
      }
      double exposed = householdsInside + (grid.households() - located) * share;
      return Optional.of(new AffectedGrid(grid.code(), grid.name(), share, grid.households(), placesInside,
          householdsInside, exposed));
    }

    /** The place itself or the nearest place above it that has a position. */
    private Optional<Place> anchor(Place place) {
      for (Place p = place; p != null; p = p.parentId().flatMap(level.hierarchy::place).orElse(null)) {
        if (places.location(p.id()).isPresent()) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }

    private boolean isInside(Place anchor) {
      return inside.computeIfAbsent(anchor.id(), id -> {
        GeoPoint point = places.location(id).orElseThrow();
        return area.covers(FACTORY.createPoint(new Coordinate(point.longitude(), point.latitude())));
      });
    }
  }
}
