package org.civicgrid.geo.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.geo.crs.Geodesy;
import org.civicgrid.geo.crs.LatticeTransform;
import org.civicgrid.geo.patrol.PatrolAnalyser;
import org.civicgrid.geo.patrol.Track;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A seeded month of a grid worker's phone positions, one every 10 s around the clock, for
 * benchmarks. Each day the phone sits at home overnight. The worker cycles to the grid at
 * 12–18 km/h, waits at a post inside it, patrols in the morning and (nine days in ten) in the
 * afternoon, sometimes a third time, and cycles home. A patrol walks at 3.5–5 km/h between random
 * points of the grid for 55–95 minutes, or 35–45 minutes one time in twelve. Standing positions
 * wander up to 4 m. One day in six the phone is off for 10–90 minutes. About one position in a
 * thousand is a GPS jump of 200–3,000 m, some of them in clusters of three. The same seed gives
 * the same track. Not thread-safe.
 */
final class PatrolMonths {
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);
  static final int DAYS = 30;
  static final int STEP_MILLIS = 10_000;
  private static final int SLOTS_PER_DAY = 86_400_000 / STEP_MILLIS;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final Random random;
  private final PreparedGeometry grid;
  private final Envelope envelope;
  private final double metresPerLon;
  private final double metresPerLat;
  private long[] times = new long[DAYS * SLOTS_PER_DAY];
  private double[] lons = new double[times.length];
  private double[] lats = new double[times.length];
  private int size;
  private long now;
  private double lon;
  private double lat;
  private long silentFrom;
  private long silentTo;
  private int clusterLeft;
  private double clusterEast;
  private double clusterNorth;

  private PatrolMonths(long seed, Geometry wgs84Grid) {
    this.random = new Random(seed);
    this.grid = PreparedGeometryFactory.prepare(wgs84Grid);
    this.envelope = wgs84Grid.getEnvelopeInternal();
    this.metresPerLon = Geodesy.metresPerDegreeLongitude(envelope.centre().y);
    this.metresPerLat = Geodesy.metresPerDegreeLatitude(envelope.centre().y);
  }

  /** The month of {@code worker}, who patrols {@code wgs84Grid}, in {@code system}. */
  static Track month(PersonId worker, long seed, Geometry wgs84Grid, CoordinateSystem system) {
    PatrolMonths months = new PatrolMonths(seed, wgs84Grid);
    months.generate();
    double[] lons = Arrays.copyOf(months.lons, months.size);
    double[] lats = Arrays.copyOf(months.lats, months.size);
    LatticeTransform.between(CoordinateSystem.WGS84, system).transform(lons, lats, lons, lats);
    return Track.of(worker, system, Arrays.copyOf(months.times, months.size), lons, lats);
  }

  private void generate() {
    long monthStart = FIRST_DAY.atStartOfDay(PatrolAnalyser.CHINA).toInstant().toEpochMilli();
    double bearing = random.nextDouble() * 2 * Math.PI;
    double homeMetres = 1000 + random.nextDouble() * 2000;
    Coordinate centre = envelope.centre();
    double[] home = {centre.x + homeMetres * Math.sin(bearing) / metresPerLon,
        centre.y + homeMetres * Math.cos(bearing) / metresPerLat};
    double[] post = pointInGrid();
    lon = home[0];
    lat = home[1];
    now = monthStart;
    for (int day = 0; day < DAYS; day++) {
      long midnight = monthStart + day * 86_400_000L;
      silentFrom = silentTo = 0;
      if (random.nextInt(6) == 0) {
        silentFrom = midnight + minutes(360 + random.nextInt(720));
        silentTo = silentFrom + minutes(10 + random.nextInt(81));
      }
      standUntil(midnight + minutes(450 + random.nextInt(30)));
      moveTo(post, 12 + random.nextDouble() * 6);
      standUntil(midnight + minutes(480 + random.nextInt(30)));
      patrol(post);
      standUntil(midnight + minutes(840 + random.nextInt(60)));
      if (random.nextInt(10) < 9) {
        patrol(post);
      }
      if (random.nextInt(5) == 0) {
        standUntil(now + minutes(20));
        patrol(post);
      }
      standUntil(Math.max(now, midnight + minutes(1050)));
      moveTo(home, 12 + random.nextDouble() * 6);
      standUntil(midnight + 86_400_000L - STEP_MILLIS);
    }
  }

  private static long minutes(int minutes) {
    return minutes * 60_000L;
  }

  private void patrol(double[] post) {
    int length = random.nextInt(12) == 0 ? 35 + random.nextInt(11) : 55 + random.nextInt(41);
    long end = now + minutes(length);
    double kmh = 3.5 + random.nextDouble() * 1.5;
    while (now < end) {
      moveTo(pointInGrid(), kmh, end);
    }
    moveTo(post, kmh);
  }

  private double[] pointInGrid() {
    while (true) {
      double x = envelope.getMinX() + random.nextDouble() * envelope.getWidth();
      double y = envelope.getMinY() + random.nextDouble() * envelope.getHeight();
      if (grid.covers(FACTORY.createPoint(new Coordinate(x, y)))) {
        return new double[] {x, y};
      }
    }
  }

  private void moveTo(double[] target, double kmh) {
    moveTo(target, kmh, Long.MAX_VALUE);
  }

  /** Moves straight towards {@code target} until there or until {@code end}. */
  private void moveTo(double[] target, double kmh, long end) {
    double step = kmh / 3.6 * STEP_MILLIS / 1000;
    while (now < end) {
      double east = (target[0] - lon) * metresPerLon;
      double north = (target[1] - lat) * metresPerLat;
      double left = Math.sqrt(east * east + north * north);
      if (left <= step) {
        lon = target[0];
        lat = target[1];
        record(0);
        return;
      }
      lon += (target[0] - lon) * step / left;
      lat += (target[1] - lat) * step / left;
      record(0);
    }
  }

  private void standUntil(long end) {
    while (now < end) {
      record(4);
    }
  }

  /** Records the position one step later, wandering up to {@code jitter} metres, maybe as a jump. */
  private void record(double jitter) {
    now += STEP_MILLIS;
    if (now >= silentFrom && now < silentTo) {
      return;
    }
    double east = (random.nextDouble() * 2 - 1) * jitter / Math.sqrt(2);
    double north = (random.nextDouble() * 2 - 1) * jitter / Math.sqrt(2);
    if (clusterLeft == 0 && random.nextInt(1000) == 0) {
      double metres = 200 + random.nextDouble() * 2800;
      double bearing = random.nextDouble() * 2 * Math.PI;
      clusterEast = metres * Math.sin(bearing);
      clusterNorth = metres * Math.cos(bearing);
      clusterLeft = random.nextInt(5) == 0 ? 3 : 1;
    }
    if (clusterLeft > 0) {
      east += clusterEast;
      north += clusterNorth;
      clusterLeft--;
    }
    if (size == times.length) {
      times = Arrays.copyOf(times, 2 * size);
      lons = Arrays.copyOf(lons, 2 * size);
      lats = Arrays.copyOf(lats, 2 * size);
    }
    times[size] = now;
    lons[size] = lon + east / metresPerLon;
    lats[size] = lat + north / metresPerLat;
    size++;
  }
}
