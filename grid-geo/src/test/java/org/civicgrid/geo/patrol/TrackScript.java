package org.civicgrid.geo.patrol;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.civicgrid.geo.crs.Geodesy;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Test tracks written as a worker's day: walk a loop for an hour, stand, go silent, one GPS jump.
 * Positions are WGS-84, one every 10 s, around a 1.2 km × 1.1 km grid of Beipiao (seed 003), and
 * can be converted exactly to another system when the track is built.
 */
final class TrackScript {
  static final PersonId WORKER = PersonId.of("bp-0042");
  /** A grid of Beipiao's urban subdistrict: 120.760–120.775 E, 41.795–41.805 N, WGS-84. */
  static final GridCode GRID = GridCode.of("211381001001001");
  static final String GRID_WKT =
      "POLYGON ((120.760 41.795, 120.775 41.795, 120.775 41.805, 120.760 41.805, 120.760 41.795))";
  /** A loop about 200 m inside the grid's edges: about 2.9 km, 44 minutes at 4 km/h. */
  static final double[][] INNER_LOOP = {
      {120.7625, 41.797}, {120.7725, 41.797}, {120.7725, 41.803}, {120.7625, 41.803}};
  /** A small loop across the grid's east edge, half outside: about 1.1 km, 8 minutes outside per round. */
  static final double[][] ACROSS_EAST_EDGE = {
      {120.773, 41.799}, {120.777, 41.799}, {120.777, 41.801}, {120.773, 41.801}};
  /** The grid's centre. */
  static final double[] CENTRE = {120.7675, 41.800};
  /** The community office, about 1.7 km east of the grid. */
  static final double[] OFFICE = {120.795, 41.800};

  private static final int STEP_SECONDS = 10;

  private final List<Long> times = new ArrayList<>();
  private final List<double[]> points = new ArrayList<>();
  private final Random jitter = new Random(7);
  private long now;
  private double[][] currentLoop;
  private int nextCorner;
  private double lon;
  private double lat;

  private TrackScript(long now, double lon, double lat) {
    this.now = now;
    this.lon = lon;
    this.lat = lat;
  }

  static Boundary grid() {
    try {
      return Boundary.of(GRID, new WKTReader().read(GRID_WKT));
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  static PatrolArea area() {
    return PatrolArea.of(grid(), CoordinateSystem.WGS84);
  }

  /** A script whose first position is at {@code where}, at local time {@code when} in Beipiao. */
  static TrackScript at(String when, double[] where) {
    long millis = LocalDateTime.parse(when).atZone(PatrolAnalyser.CHINA).toInstant().toEpochMilli();
    TrackScript script = new TrackScript(millis, where[0], where[1]);
    script.record(where[0], where[1]);
    return script;
  }

  /**
   * Walks round {@code loop} for {@code duration}: on from where the last call left it if that
   * call walked the same loop, otherwise from its first corner (walking there first).
   */
  TrackScript loop(double[][] loop, double kmh, Duration duration) {
    if (loop != currentLoop) {
      walkTo(loop[0], kmh);
      currentLoop = loop;
      nextCorner = 1;
    }
    long end = now + duration.toMillis();
    double step = kmh / 3.6 * STEP_SECONDS;
    while (now < end) {
      double[] target = loop[nextCorner % loop.length];
      double left = metres(lon, lat, target[0], target[1]);
      if (left <= step) {
        moveToward(target, left);
        nextCorner++;
        double[] next = loop[nextCorner % loop.length];
        moveToward(next, Math.min(step - left, metres(lon, lat, next[0], next[1])));
      } else {
        moveToward(target, step);
      }
      tick();
    }
    return this;
  }

  /** Walks in a straight line to {@code target}. */
  TrackScript walkTo(double[] target, double kmh) {
    currentLoop = null;
    double step = kmh / 3.6 * STEP_SECONDS;
    while (metres(lon, lat, target[0], target[1]) > 1e-6) {
      moveToward(target, Math.min(step, metres(lon, lat, target[0], target[1])));
      tick();
    }
    return this;
  }

  /** Stands still for {@code duration}, the phone's positions wandering up to {@code jitterMetres}. */
  TrackScript stand(Duration duration, double jitterMetres) {
    long end = now + duration.toMillis();
    double homeLon = lon;
    double homeLat = lat;
    while (now < end) {
      now += STEP_SECONDS * 1000L;
      double east = (jitter.nextDouble() * 2 - 1) * jitterMetres / Math.sqrt(2);
      double north = (jitter.nextDouble() * 2 - 1) * jitterMetres / Math.sqrt(2);
      record(homeLon + east / Geodesy.metresPerDegreeLongitude(homeLat),
          homeLat + north / Geodesy.metresPerDegreeLatitude(homeLat));
    }
    return this;
  }

  /** Records nothing for {@code duration} (the phone is off), staying in place. */
  TrackScript silence(Duration duration) {
    now += duration.toMillis();
    return this;
  }

  /** Jumps silently to {@code where}, as when the phone was off on the way. */
  TrackScript teleport(double[] where, Duration silence) {
    currentLoop = null;
    now += silence.toMillis();
    lon = where[0];
    lat = where[1];
    record(lon, lat);
    return this;
  }

  /** One position {@code metres} north of where the worker is: a GPS jump. */
  TrackScript spike(double metres) {
    now += STEP_SECONDS * 1000L;
    record(lon, lat + metres / Geodesy.metresPerDegreeLatitude(lat));
    return this;
  }

  /** The recorded positions in WGS-84. */
  Track track() {
    return track(CoordinateSystem.WGS84);
  }

  /** The recorded positions, each converted exactly to {@code system}. */
  Track track(CoordinateSystem system) {
    Track.Builder builder = Track.builder(WORKER, system);
    for (int k = 0; k < points.size(); k++) {
      GeoPoint p = CoordinateTransforms.transform(GeoPoint.wgs84(points.get(k)[0], points.get(k)[1]), system);
      builder.add(times.get(k), p.longitude(), p.latitude());
    }
    return builder.build();
  }

  private void tick() {
    now += STEP_SECONDS * 1000L;
    record(lon, lat);
  }

  private void record(double x, double y) {
    times.add(now);
    points.add(new double[] {x, y});
  }

  private void moveToward(double[] target, double metres) {
    double total = metres(lon, lat, target[0], target[1]);
    if (total == 0) {
      return;
    }
    double f = Math.min(1, metres / total);
    lon += (target[0] - lon) * f;
    lat += (target[1] - lat) * f;
  }

  private static double metres(double lon1, double lat1, double lon2, double lat2) {
    return Geodesy.distanceMetres(lon1, lat1, lon2, lat2);
  }
}
