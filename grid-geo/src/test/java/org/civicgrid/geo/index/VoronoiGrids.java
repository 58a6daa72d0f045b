package org.civicgrid.geo.index;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Test and benchmark territory: a seamless coverage of Voronoi cells around Fuxin (121.5–121.9 E,
 * 41.9–42.2 N) as the building grids of a Fuxin-scheme hierarchy (district 210902, ten
 * subdistricts, communities and compounds of ten children each).
 *
 * <p>The shared edge network is built once — cells clipped to the extent, coordinates snapped to
 * multiples of 2⁻²⁰ degree (about 0.1 m) so edge midpoints are exactly representable, linework
 * noded, optionally densified — and then polygonized, so neighbouring grids share their edges
 * vertex for vertex, dense or not. Instances are cached per (count, vertices, seed).
 */
public final class VoronoiGrids {
  /** The territory's extent. */
  public static final Envelope FUXIN = new Envelope(121.5, 121.9, 41.9, 42.2);
  private static final double SNAP = 1 << 20;
  private static final Map<String, VoronoiGrids> CACHE = new ConcurrentHashMap<>();
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final List<Polygon> polygons;
  private final List<GridCode> codes;
  private final GridHierarchy hierarchy;
  private final BoundaryLayer layer;

  private VoronoiGrids(List<Polygon> polygons) {
    this.polygons = polygons;
    List<GridNode> nodes = new ArrayList<>();
    nodes.add(GridNode.of("210902", "海州区", "county", null));
    List<GridCode> leaves = new ArrayList<>();
    for (int n = 0; n < polygons.size(); n++) {
      String subdistrict = "210902" + three(n / 1000 + 1);
      String community = subdistrict + three(n / 100 % 10 + 1);
      String compound = community + three(n / 10 % 10 + 1);
      String building = compound + three(n % 10 + 1);
      if (n % 1000 == 0) {
        nodes.add(GridNode.of(subdistrict, "街道" + (n / 1000 + 1), "subdistrict", "210902"));
      }
      if (n % 100 == 0) {
        nodes.add(GridNode.of(community, "社区" + (n / 100 + 1), "community", subdistrict));
      }
      if (n % 10 == 0) {
        nodes.add(GridNode.of(compound, "小区" + (n / 10 + 1), "compound", community));
      }
      nodes.add(GridNode.of(building, "楼栋网格" + (n + 1), "building-grid", compound).withCounts(100, 280));
      leaves.add(GridCode.of(building));
    }
    this.codes = ImmutableList.copyOf(leaves);
    this.hierarchy = GridHierarchy.of(LevelSchemes.fuxin(), nodes, List.of());
    List<Boundary> boundaries = new ArrayList<>();
    for (int n = 0; n < polygons.size(); n++) {
      boundaries.add(Boundary.of(codes.get(n), polygons.get(n)));
    }
    this.layer = BoundaryLayer.of(CoordinateSystem.WGS84, boundaries);
  }

  /**
   * About {@code count} grids (a few may merge or split where snapping touches near-degenerate
   * cells) of about {@code vertices} vertices each; 7 gives the plain Voronoi cells.
   */
  public static VoronoiGrids generate(int count, int vertices, long seed) {
    return CACHE.computeIfAbsent(count + "/" + vertices + "/" + seed, key -> create(count, vertices, seed));
  }

  private static VoronoiGrids create(int count, int vertices, long seed) {
    Random random = new Random(seed);
    List<Coordinate> sites = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      sites.add(new Coordinate(FUXIN.getMinX() + random.nextDouble() * FUXIN.getWidth(),
          FUXIN.getMinY() + random.nextDouble() * FUXIN.getHeight()));
    }
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(sites);
    voronoi.setClipEnvelope(FUXIN);
    Geometry cells = voronoi.getDiagram(FACTORY);
    List<LineString> lines = new ArrayList<>();
    for (int n = 0; n < cells.getNumGeometries(); n++) {
      Geometry cell = cells.getGeometryN(n);
      for (int p = 0; p < cell.getNumGeometries(); p++) {
        Coordinate[] ring = ((Polygon) cell.getGeometryN(p)).getExteriorRing().getCoordinates();
        for (Coordinate c : ring) {
          c.x = Math.rint(c.x * SNAP) / SNAP;
          c.y = Math.rint(c.y * SNAP) / SNAP;
        }
        lines.add(FACTORY.createLineString(ring));
      }
    }
    Geometry network = UnaryUnionOp.union(lines);
    if (vertices > 7) {
      double meanSegment = network.getLength() / (network.getNumPoints() - network.getNumGeometries());
      network = Densifier.densify(network, meanSegment * 6.2 / vertices);
    }
    Polygonizer polygonizer = new Polygonizer();
    polygonizer.add(network);
    @SuppressWarnings("unchecked")
    List<Polygon> polygons = new ArrayList<>(polygonizer.getPolygons());
    // Codes run along west–east bands, as a district numbers its grids street by street.
    double band = FUXIN.getHeight() / Math.max(1, Math.sqrt(polygons.size()));
    polygons.sort(Comparator
        .comparingDouble((Polygon p) -> Math.floor((p.getInteriorPoint().getY() - FUXIN.getMinY()) / band))
        .thenComparingDouble(p -> p.getInteriorPoint().getX()));
    return new VoronoiGrids(ImmutableList.copyOf(polygons));
  }

  private static String three(int n) {
    return String.format("%03d", n);
  }

  /** The grids' areas, area n belonging to {@code codes().get(n)}. */
  public List<Polygon> polygons() {
    return polygons;
  }

  /** The building grids' codes, in code order. */
  public List<GridCode> codes() {
    return codes;
  }

  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  /** The building grids' boundaries, WGS-84. */
  public BoundaryLayer layer() {
    return layer;
  }

  /** Mean vertices per grid, each ring's closing point not counted. */
  public double meanVertices() {
    return polygons.stream().mapToInt(p -> p.getNumPoints() - 1 - p.getNumInteriorRing()).average().orElse(0);
  }
}
