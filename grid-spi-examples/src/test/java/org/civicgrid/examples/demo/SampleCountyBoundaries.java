package org.civicgrid.examples.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.coverage.ParentBoundaries;
import org.civicgrid.geo.crs.Geodesy;
import org.civicgrid.geo.geojson.GeoJsonLayerWriter;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Generates the demo's {@code demo/sample-county-boundaries.geojson}: a boundary for every grid of
 * the sample county, in GCJ-02 as web-map data comes, near Fuxin. The shapes are invented. Leaf
 * grids are unions of the cells of one lattice (50 m in town, 200 m rows in the country), turned
 * 12° and with the rural field edges meandering, so neighbours share every vertex; every parent is
 * their coverage union ({@link ParentBoundaries}). Then one defect is put in, as the demo's coverage
 * report should find one: {@link #DEFECT}'s west edge is moved {@value #DEFECT_METRES} m east,
 * leaving a sliver between it and 长源2号楼网格 that no grid covers.
 *
 * <p>Regenerate after changing this class, from the repository root:
 * <pre>
 * mvn -q -pl grid-spi-examples -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.civicgrid.examples.demo.SampleCountyBoundaries
 * </pre>
 * {@code SampleCountyBoundariesTest} fails while the committed file differs from the output.
 */
public final class SampleCountyBoundaries {
  static final Path FIXTURE = Path.of("grid-spi-examples/src/main/resources/demo/sample-county-boundaries.geojson");
  /** The grid whose boundary is drawn wrong: 长源3号楼网格. */
  static final GridCode DEFECT = GridCode.of("210902001001001003");
  static final double DEFECT_METRES = 4;

  /** GCJ-02 position of the lattice's south-west corner, in Haizhou district. */
  private static final double ORIGIN_LON = 121.648;
  private static final double ORIGIN_LAT = 42.008;
  private static final double TURN = Math.toRadians(12);
  /** How far field edges wander from the lattice lines, in metres. */
  private static final double MEANDER_METRES = 15;
  /** Lattice lines in metres: 50 m blocks in town, wider fields to the east and north. */
  private static final double[] XS = {0, 50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 550, 600, 650,
      700, 750, 800, 850, 900, 1100, 1300, 1500};
  private static final double[] YS = {0, 50, 100, 150, 200, 250, 300, 500, 700, 900, 1100};
  /** The first row of lattice lines in the country, whose lines meander like field edges. */
  private static final int FIRST_RURAL_ROW = 7;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private SampleCountyBoundaries() {}

  /** Writes the fixture to {@code args[0]}, or to {@link #FIXTURE} from the repository root. */
  public static void main(String[] args) throws IOException {
    Path target = args.length > 0 ? Path.of(args[0]) : FIXTURE;
    Files.writeString(target, geoJson(), StandardCharsets.UTF_8);
    System.out.println("wrote " + target.toAbsolutePath());
  }

  /** The fixture's text, one feature a line so that changes show in a diff. */
  static String geoJson() {
    GridHierarchy county = Demo.loadSampleCounty();
    String json = GeoJsonLayerWriter.rfc7946().withHierarchy(county).keepingSystem().toJson(asShipped(county));
    return json.replace("[{\"type\":\"Feature\",", "[\n{\"type\":\"Feature\",")
        .replace(",{\"type\":\"Feature\",", ",\n{\"type\":\"Feature\",") + "\n";
  }

  /** Every grid's boundary as drawn, with the defect, in the hierarchy's order. */
  static BoundaryLayer asShipped(GridHierarchy county) {
    BoundaryLayer seamless = seamless(county);
    List<Boundary> boundaries = new ArrayList<>();
    for (Grid grid : county.grids()) {
      boundaries.add(grid.code().equals(DEFECT)
          ? Boundary.of(DEFECT, union(cellsOf(DEFECT), SampleCountyBoundaries::misdrawnNode))
          : seamless.boundary(grid.code()).orElseThrow());
    }
    return BoundaryLayer.of(CoordinateSystem.GCJ02, boundaries);
  }

  /** Every grid's boundary without the defect: a valid, edge-matched coverage at every level. */
  static BoundaryLayer seamless(GridHierarchy county) {
    List<Boundary> leaves = new ArrayList<>();
    cells().forEach((grid, cells) -> leaves.add(Boundary.of(grid, union(cells, SampleCountyBoundaries::node))));
    return ParentBoundaries.deriveMissing(county, BoundaryLayer.of(CoordinateSystem.GCJ02, leaves));
  }

  /** Which lattice cells (column, row) make up each leaf grid. */
  private static Map<GridCode, List<int[]>> cells() {
    Map<GridCode, List<int[]>> cells = new LinkedHashMap<>();
    // 和平街道: 长源小区 and 福源小区 side by side north of 光明小区.
    block(cells, "210902001001001001", 0, 3, 3, 6);
    block(cells, "210902001001001002", 3, 6, 3, 6);
    block(cells, "210902001001001003", 6, 9, 3, 6);
    block(cells, "210902001001002001", 9, 12, 3, 6);
    block(cells, "210902001001002002", 12, 15, 3, 6);
    block(cells, "210902001002001001", 0, 6, 0, 3);
    block(cells, "210902001002001002", 6, 15, 0, 3);
    // 站前街道, east of it.
    block(cells, "210902002001001001", 15, 18, 0, 3);
    block(cells, "210902002001001002", 15, 18, 3, 6);
    // 韩家店镇 to the north: 韩家店村's second hamlet widens at its north end.
    block(cells, "210902101201001", 0, 18, 6, 7);
    block(cells, "210902101201002", 0, 8, 7, 9);
    block(cells, "210902101201002", 0, 11, 9, 10);
    block(cells, "210902101201003", 8, 18, 7, 9);
    block(cells, "210902101201003", 11, 18, 9, 10);
    // 北山村 to the east; its first hamlet reaches north along the lane at its west end.
    block(cells, "210902101202001", 18, 21, 6, 8);
    block(cells, "210902101202001", 18, 19, 8, 9);
    block(cells, "210902101202002", 19, 21, 8, 9);
    block(cells, "210902101202002", 18, 21, 9, 10);
    return cells;
  }

  private static List<int[]> cellsOf(GridCode grid) {
    return cells().get(grid);
  }

  private static void block(Map<GridCode, List<int[]>> cells, String grid, int col0, int col1, int row0, int row1) {
    List<int[]> list = cells.computeIfAbsent(GridCode.of(grid), g -> new ArrayList<>());
    for (int col = col0; col < col1; col++) {
      for (int row = row0; row < row1; row++) {
        list.add(new int[] {col, row});
      }
    }
  }

  private interface Nodes {
    Coordinate at(int col, int row);
  }

  private static Geometry union(List<int[]> cells, Nodes nodes) {
    Geometry[] quads = new Geometry[cells.size()];
    for (int k = 0; k < quads.length; k++) {
      int col = cells.get(k)[0];
      int row = cells.get(k)[1];
      quads[k] = FACTORY.createPolygon(new Coordinate[] {nodes.at(col, row), nodes.at(col + 1, row),
          nodes.at(col + 1, row + 1), nodes.at(col, row + 1), nodes.at(col, row)});
    }
    return CoverageUnion.union(quads);
  }

  /** The lattice node in GCJ-02, turned about the origin; in the country the lines meander gently. */
  static Coordinate node(int col, int row) {
    double x = XS[col];
    double y = YS[row];
    if (row >= FIRST_RURAL_ROW) {
      x += MEANDER_METRES * Math.sin(y / 170 + col);
      y += MEANDER_METRES * Math.sin(x / 130 + row);
    }
    return lonLat(x, y);
  }

  /** The nodes as the defect's surveyor drew them: the two inside its west edge sit too far east. */
  private static Coordinate misdrawnNode(int col, int row) {
    return col == 6 && (row == 4 || row == 5) ? lonLat(XS[col] + DEFECT_METRES, YS[row]) : node(col, row);
  }

  /** GCJ-02 longitude and latitude of the point {@code x} m east and {@code y} m north in the lattice. */
  static Coordinate lonLat(double x, double y) {
    double east = x * Math.cos(TURN) - y * Math.sin(TURN);
    double north = x * Math.sin(TURN) + y * Math.cos(TURN);
    return new Coordinate(ORIGIN_LON + east / Geodesy.metresPerDegreeLongitude(ORIGIN_LAT),
        ORIGIN_LAT + north / Geodesy.metresPerDegreeLatitude(ORIGIN_LAT));
  }
}
