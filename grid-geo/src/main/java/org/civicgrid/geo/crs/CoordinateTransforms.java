package org.civicgrid.geo.crs;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Converts points, geometries and whole boundary layers between the {@link CoordinateSystem}s, both
 * ways. Every conversion is a function of the point alone, so vertices that neighbouring grids
 * share stay shared and a valid coverage stays edge-matched. Stateless and thread-safe.
 *
 * <ul>
 *   <li>WGS-84 ↔ GCJ-02: the published "eviltransform" algorithm (Krasovsky ellipsoid, a =
 *       6378245.0, ee = 0.00669342162296594323). Points outside China's rectangle (longitude
 *       72.004–137.8347, latitude 0.8293–55.8271) are unchanged, as the published algorithm leaves
 *       them. GCJ-02 → WGS-84 is solved iteratively to 1e-9° (about 0.1 mm), where the published
 *       one-step inverse is off by one to two metres; a GCJ-02 point within the offset's reach (about
 *       1 km) of the rectangle's edge is taken as the image of the WGS-84 point inside China that maps
 *       onto it, so the round trip closes on the edge too.
 *   <li>GCJ-02 ↔ BD-09: Baidu's published formula (x_pi = π·3000/180), applied everywhere; its
 *       inverse is refined iteratively so that the round trip closes to 1e-9°.
 *   <li>WGS-84 ↔ BD-09: through GCJ-02.
 *   <li>CGCS2000 is treated as WGS-84: the two frames differ by centimetres, below a grid's
 *       precision, so the conversion between them is the identity.
 * </ul>
 */
public final class CoordinateTransforms {
  private CoordinateTransforms() {}

  /** The point in {@code target}. */
  public static GeoPoint transform(GeoPoint point, CoordinateSystem target) {
    checkNotNull(point, "point");
    checkNotNull(target, "target");
    double[] out = {point.longitude(), point.latitude()};
    convert(out, point.system(), target);
    return new GeoPoint(out[0], out[1], target);
  }

  /** The longitude/latitude coordinate {@code c}, given in {@code source}, in {@code target}. */
  public static Coordinate transform(Coordinate c, CoordinateSystem source, CoordinateSystem target) {
    checkNotNull(c, "c");
    double[] out = {c.getX(), c.getY()};
    convert(out, checkNotNull(source, "source"), checkNotNull(target, "target"));
    Coordinate result = c.copy();
    result.setX(out[0]);
    result.setY(out[1]);
    return result;
  }

  /**
   * A copy of {@code geometry} (x = longitude, y = latitude, given in {@code source}) with every
   * coordinate converted to {@code target}. The input is not modified. Validity is not checked
   * here; {@link #transform(BoundaryLayer, CoordinateSystem)} checks it for boundaries.
   */
  public static Geometry transform(Geometry geometry, CoordinateSystem source, CoordinateSystem target) {
    checkNotNull(geometry, "geometry");
    checkNotNull(source, "source");
    checkNotNull(target, "target");
    Geometry copy = geometry.copy();
    if (sameFrame(source, target)) {
      return copy;
    }
    copy.apply(new Converter(source, target));
    copy.geometryChanged();
    return copy;
  }

  /**
   * The layer with every boundary converted to {@code target}. The offsets vary by at most a few
   * parts per thousand across a grid, so a valid boundary stays valid except at tiny scales (two
   * vertices a few millimetres apart); if any converted boundary is invalid nothing is returned.
   *
   * @throws CivicGridException with {@link ErrorCode#INVALID_GEOMETRY} naming every grid whose
   *     converted boundary is invalid, with the reason and its location
   */
  public static BoundaryLayer transform(BoundaryLayer layer, CoordinateSystem target) {
    checkNotNull(layer, "layer");
    checkNotNull(target, "target");
    if (layer.system() == target) {
      return layer;
    }
    List<Boundary> converted = new ArrayList<>(layer.size());
    List<String> broken = new ArrayList<>();
    for (Boundary b : layer.boundaries()) {
      Geometry area = transform(b.area(), layer.system(), target);
      TopologyValidationError error = new IsValidOp(area).getValidationError();
      if (error == null) {
        converted.add(Boundary.of(b.grid(), area));
      } else {
        broken.add(String.format(Locale.ROOT, "grid %s: %s at (%.9f, %.9f)", b.grid(), error.getMessage(),
            error.getCoordinate().getX(), error.getCoordinate().getY()));
      }
    }
    if (!broken.isEmpty()) {
      throw new CivicGridException(ErrorCode.INVALID_GEOMETRY, "converting " + layer + " to " + target
          + " made " + broken.size() + " boundary(ies) invalid: " + String.join("; ", broken));
    }
    return BoundaryLayer.of(target, converted);
  }

  /** True when the two systems are the same frame, so converting between them changes nothing. */
  static boolean sameFrame(CoordinateSystem a, CoordinateSystem b) {
    return frame(a) == frame(b);
  }

  private static CoordinateSystem frame(CoordinateSystem system) {
    return system == CoordinateSystem.CGCS2000 ? CoordinateSystem.WGS84 : system;
  }

  /** Converts {@code lonLat} in place from {@code source} to {@code target}. */
  static void convert(double[] lonLat, CoordinateSystem source, CoordinateSystem target) {
    CoordinateSystem from = frame(source);
    CoordinateSystem to = frame(target);
    if (from == to) {
      return;
    }
    if (from == CoordinateSystem.BD09) {
      ChinaOffsets.bd09ToGcj02(lonLat[0], lonLat[1], lonLat);
      from = CoordinateSystem.GCJ02;
    } else if (from == CoordinateSystem.WGS84) {
      ChinaOffsets.wgs84ToGcj02(lonLat[0], lonLat[1], lonLat);
      from = CoordinateSystem.GCJ02;
    }
    if (to == CoordinateSystem.BD09) {
      ChinaOffsets.gcj02ToBd09(lonLat[0], lonLat[1], lonLat);
    } else if (to == CoordinateSystem.WGS84) {
      ChinaOffsets.gcj02ToWgs84(lonLat[0], lonLat[1], lonLat);
    }
  }

  /** Converts each coordinate of a geometry in place. */
  private static final class Converter implements CoordinateSequenceFilter {
    private final CoordinateSystem source;
    private final CoordinateSystem target;
    private final double[] lonLat = new double[2];

    Converter(CoordinateSystem source, CoordinateSystem target) {
      this.source = source;
      this.target = target;
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
      lonLat[0] = seq.getX(i);
      lonLat[1] = seq.getY(i);
      convert(lonLat, source, target);
      seq.setOrdinate(i, CoordinateSequence.X, lonLat[0]);
      seq.setOrdinate(i, CoordinateSequence.Y, lonLat[1]);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
