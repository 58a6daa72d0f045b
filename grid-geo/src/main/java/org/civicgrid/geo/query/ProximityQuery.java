package org.civicgrid.geo.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.Geodesy;
import org.civicgrid.geo.crs.LocalFrame;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * The grids of one level within a distance of a point, in metres: which building grids are within
 * 500 m of a reported incident, which communities a patrol point is near. The nearest point of each
 * grid is found in a flat frame around the query point and its distance then measured on the WGS-84
 * ellipsoid ({@link Geodesy}). Grids without a boundary are never found. Built once per level;
 * immutable and safe for concurrent use.
 */
public final class ProximityQuery {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final LevelGeometry level;

  private ProximityQuery(LevelGeometry level) {
    this.level = level;
  }

  /**
   * A query over the grids of {@code level} with their boundaries in {@code layer}.
   *
   * @throws IllegalArgumentException if the hierarchy's scheme has no level with this id
   */
  public static ProximityQuery of(GridHierarchy hierarchy, BoundaryLayer layer, Level level) {
    return new ProximityQuery(LevelGeometry.of(hierarchy, layer, level));
  }

  /**
   * The grids within {@code metres} of {@code point}, nearest first (ties by code); the grids holding
   * the point come first at distance 0. Empty when no grid is that close.
   *
   * @throws IllegalArgumentException if {@code metres} is negative, NaN or infinite, or the point is
   *     in another coordinate system than the boundaries
   */
  public ImmutableList<GridDistance> within(GeoPoint point, double metres) {
    checkNotNull(point, "point");
    checkArgument(Double.isFinite(metres) && metres >= 0, "distance %s metres is negative or not finite", metres);
    level.requireSystem(point.system(), point);
    LocalFrame frame = new LocalFrame(point.longitude(), point.latitude());
    Point origin = FACTORY.createPoint(new Coordinate(0, 0));
    List<GridDistance> found = new ArrayList<>();
    for (int k : level.candidates(frame.lonLatWithin(metres))) {
      Geometry local = frame.toMetres().transform(level.areas.get(k));
      DistanceOp op = new DistanceOp(local, origin);
      double distance = 0;
      if (op.distance() > 0) {
        Coordinate nearest = op.nearestPoints()[0];
        Coordinate lonLat = frame.toLonLat(nearest.x, nearest.y);
        distance = Geodesy.distanceMetres(point.longitude(), point.latitude(), lonLat.x, lonLat.y);
      }
      if (distance <= metres) {
        found.add(new GridDistance(level.grids.get(k).code(), distance));
      }
    }
    found.sort(Comparator.comparingDouble(GridDistance::metres).thenComparing(GridDistance::grid));
    return ImmutableList.copyOf(found);
  }

  public Level level() {
    return level.level;
  }

  @Override
  public String toString() {
    return "ProximityQuery[" + level.level.id() + ", " + level.grids.size() + " grids]";
  }
}
