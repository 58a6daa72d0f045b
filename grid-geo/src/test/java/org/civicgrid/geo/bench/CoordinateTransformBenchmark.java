package org.civicgrid.geo.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.civicgrid.geo.crs.Measures;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of converting one point between coordinate systems, against one forward WGS-84 → GCJ-02
 * evaluation (the baseline: the published closed form), and of the ellipsoidal area of a
 * 200-vertex grid polygon, against JTS's planar area of the same polygon (the baseline: a shoelace
 * sum in degrees).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CoordinateTransformBenchmark {
  private static final int POINTS = 4096;

  private GeoPoint[] wgs;
  private GeoPoint[] gcj;
  private GeoPoint[] bd;
  private Polygon grid200;
  private int next;

  @Setup
  public void setUp() {
    Random random = new Random(3);
    wgs = new GeoPoint[POINTS];
    gcj = new GeoPoint[POINTS];
    bd = new GeoPoint[POINTS];
    for (int i = 0; i < POINTS; i++) {
      wgs[i] = GeoPoint.wgs84(73 + random.nextDouble() * 62, 18 + random.nextDouble() * 36);
      gcj[i] = CoordinateTransforms.transform(wgs[i], CoordinateSystem.GCJ02);
      bd[i] = CoordinateTransforms.transform(wgs[i], CoordinateSystem.BD09);
    }
    Coordinate[] ring = new Coordinate[201];
    for (int k = 0; k < 200; k++) {
      double angle = 2 * Math.PI * k / 200;
      double radius = 0.004 * (1 + 0.1 * Math.sin(7 * angle));
      ring[k] = new Coordinate(121.65 + radius * Math.cos(angle), 42.0 + radius * Math.sin(angle));
    }
    ring[200] = ring[0];
    grid200 = new GeometryFactory().createPolygon(ring);
  }

  private int nextIndex() {
    next = (next + 1) & (POINTS - 1);
    return next;
  }

  @Benchmark
  public GeoPoint baselineWgs84ToGcj02() {
    return CoordinateTransforms.transform(wgs[nextIndex()], CoordinateSystem.GCJ02);
  }

  @Benchmark
  public GeoPoint gcj02ToWgs84() {
    return CoordinateTransforms.transform(gcj[nextIndex()], CoordinateSystem.WGS84);
  }

  @Benchmark
  public GeoPoint bd09ToWgs84() {
    return CoordinateTransforms.transform(bd[nextIndex()], CoordinateSystem.WGS84);
  }

  @Benchmark
  public double baselinePlanarAreaOf200VertexGrid() {
    return grid200.getArea();
  }

  @Benchmark
  public double ellipsoidalAreaOf200VertexGrid() {
    return Measures.areaSquareMetres(grid200);
  }

  @Benchmark
  public double ellipsoidalPerimeterOf200VertexGrid() {
    return Measures.lengthMetres(grid200);
  }
}
