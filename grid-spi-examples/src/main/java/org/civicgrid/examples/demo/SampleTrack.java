package org.civicgrid.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.patrol.Track;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A worker's day of positions as a phone app records them in GCJ-02, one every 10 s, made up from the
 * grid's boundary so that the demo is the same on every run: each patrol loops at walking pace along a
 * path inside the grid (its outline shrunk towards its centre), and nothing is recorded between patrols.
 * Not thread-safe.
 */
final class SampleTrack {
  private static final Duration EVERY = Duration.ofSeconds(10);
  private static final double METRES_PER_SECOND = 1.2;
  /** How far the path lies from the outline, as a share of the way to the centre. */
  private static final double INSET = 0.4;
  private static final double METRES_PER_DEGREE_LATITUDE = 111_000;
  private static final double NOISE_METRES = 2_000;

  private final Track.Builder track;
  private final double[] xs;
  private final double[] ys;
  private final double centreLon;
  private final double centreLat;
  private final double metresPerDegreeLon;

  private SampleTrack(PersonId worker, BoundaryLayer layer, Boundary grid) {
    track = Track.builder(worker, layer.system());
    Geometry area = grid.area();
    Coordinate centre = area.getCentroid().getCoordinate();
    centreLon = centre.x;
    centreLat = centre.y;
    metresPerDegreeLon = METRES_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(centreLat));
    Coordinate[] outline = area.getCoordinates();
    xs = new double[outline.length];
    ys = new double[outline.length];
    for (int k = 0; k < outline.length; k++) {
      xs[k] = (1 - INSET) * (outline[k].x - centreLon) * metresPerDegreeLon;
      ys[k] = (1 - INSET) * (outline[k].y - centreLat) * METRES_PER_DEGREE_LATITUDE;
    }
  }

  /** Starts the day of {@code worker}, who patrols {@code grid} of {@code layer}. */
  static SampleTrack of(PersonId worker, BoundaryLayer layer, Boundary grid) {
    return new SampleTrack(worker, layer, grid);
  }

  /** Adds a patrol of {@code length} from {@code start}, with one position thrown off as noise if asked. */
  SampleTrack patrol(ZonedDateTime start, Duration length, boolean oneNoisyPosition) {
    long steps = length.dividedBy(EVERY);
    double along = 0;
    for (long k = 0; k <= steps; k++) {
      Instant at = start.toInstant().plus(EVERY.multipliedBy(k));
      position(at, along, 0);
      if (oneNoisyPosition && k == steps / 3) {
        position(at.plusSeconds(5), along, NOISE_METRES);
      }
      along += METRES_PER_SECOND * EVERY.toSeconds();
    }
    return this;
  }

  Track build() {
    return track.build();
  }

  /** Adds the point {@code along} metres around the path, {@code north} metres further north. */
  private void position(Instant at, double along, double north) {
    double left = along;
    int k = 0;
    while (true) {
      int next = (k + 1) % (xs.length - 1);
      double edge = Math.hypot(xs[next] - xs[k], ys[next] - ys[k]);
      if (left <= edge) {
        double t = edge == 0 ? 0 : left / edge;
        double x = xs[k] + t * (xs[next] - xs[k]);
        double y = ys[k] + t * (ys[next] - ys[k]) + north;
        track.add(at, centreLon + x / metresPerDegreeLon, centreLat + y / METRES_PER_DEGREE_LATITUDE);
        return;
      }
      left -= edge;
      k = next;
    }
  }
}
