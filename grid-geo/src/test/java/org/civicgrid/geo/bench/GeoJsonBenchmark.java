package org.civicgrid.geo.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.geojson.GeoJsonImport;
import org.civicgrid.geo.geojson.GeoJsonLayerReader;
import org.civicgrid.geo.geojson.GeoJsonLayerWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
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
 * Writing and importing a layer of 1,000 hexagonal grids (7 positions each) in WGS-84 and in
 * GCJ-02 (converted on write), against Jackson parsing the same document into a tree (the baseline:
 * the JSON work alone, without geometry, checks or repairs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class GeoJsonBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final GeoJsonLayerWriter writer = GeoJsonLayerWriter.rfc7946();
  private final GeoJsonLayerReader reader = GeoJsonLayerReader.of(CoordinateSystem.WGS84);
  private BoundaryLayer wgs;
  private BoundaryLayer gcj;
  private String document;

  @Setup
  public void setUp() {
    GeometryFactory factory = new GeometryFactory();
    List<Boundary> hexagons = new ArrayList<>();
    for (int row = 0; row < 25; row++) {
      for (int col = 0; col < 40; col++) {
        double cx = 121.6 + col * 0.0015 + (row % 2) * 0.00075;
        double cy = 42.0 + row * 0.0013;
        Coordinate[] ring = new Coordinate[7];
        for (int k = 0; k < 6; k++) {
          double angle = Math.PI / 6 + k * Math.PI / 3;
          ring[k] = new Coordinate(cx + 0.00085 * Math.cos(angle), cy + 0.00085 * Math.sin(angle));
        }
        ring[6] = ring[0];
        hexagons.add(Boundary.of(GridCode.of(String.format("210902001%03d%03d", row, col)),
            factory.createPolygon(ring)));
      }
    }
    wgs = BoundaryLayer.of(CoordinateSystem.WGS84, hexagons);
    gcj = BoundaryLayer.of(CoordinateSystem.GCJ02, hexagons);
    document = writer.toJson(wgs);
  }

  @Benchmark
  public JsonNode baselineJacksonTree() throws IOException {
    return JSON.readTree(document);
  }

  @Benchmark
  public GeoJsonImport importLayer() {
    return reader.read(document);
  }

  @Benchmark
  public String writeWgs84Layer() {
    return writer.toJson(wgs);
  }

  @Benchmark
  public String writeGcj02LayerConvertingToWgs84() {
    return writer.toJson(gcj);
  }
}
