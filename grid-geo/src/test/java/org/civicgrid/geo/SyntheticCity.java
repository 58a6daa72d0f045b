package org.civicgrid.geo;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridKind;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.query.PlaceLocations;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * A seeded synthetic city shaped like Fuxin's urban branch ({@link LevelSchemes#fuxin()}): one
 * county (Haizhou, 210902) → subdistricts → communities → residential compounds → building grids,
 * with WGS-84 boundaries around Fuxin (121.5–121.9 E, 41.9–42.2 N) that form a valid, edge-matched
 * coverage at every level. For tests and benchmarks of everything geographic.
 *
 * <p>How it is made, so failures can be reasoned about: the building grids are the Voronoi cells of
 * random sites clipped to the extent (convex, sharing edges vertex-for-vertex). Each level above
 * groups the level below by the nearest of a few of its own members' centroids chosen as parent
 * sites (a Voronoi diagram of parent sites over child centroids), and the parent's boundary is the
 * JTS {@code CoverageUnion} of its children; a parent is rarely in two pieces (a MultiPolygon). Fan-out
 * is about 12 building grids per compound and 10 of everything else, so {@link #fuxinSize} gives
 * 12,000 building grids, 1,000 compounds, 100 communities and 10 subdistricts. Each building grid
 * holds one to three buildings (places) with 80–120 households together, inside the level's band,
 * and each building has a position inside its grid ({@link #buildingLocations()}).
 *
 * <p>The same seed and size always give the same city. The {@code with…} methods inject one defect
 * each and return a new layer; the city itself never changes. Immutable and thread-safe.
 */
public final class SyntheticCity {
  /** The number of building grids in a city of Fuxin's size (Fuxin has 6,198 urban and 5,619 rural social grids). */
  public static final int FUXIN_BUILDING_GRIDS = 12_000;
  /** Where the city lies, longitude × latitude. */
  public static final Envelope EXTENT = new Envelope(121.5, 121.9, 41.9, 42.2);
  /** The county at the top. */
  public static final GridCode COUNTY = GridCode.of("210902");

  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final int[] FAN_OUT = {10, 10, 10, 12};
  private static final String[] LEVELS = {"county", "subdistrict", "community", "compound", "building-grid"};
  private static final String[] NAMES = {"海州区", "第%d街道", "第%d社区", "第%d小区", "%d号楼网格"};

  private final GridHierarchy hierarchy;
  private final BoundaryLayer layer;
  private final ImmutableMap<String, GeoPoint> buildingLocations;

  private SyntheticCity(GridHierarchy hierarchy, BoundaryLayer layer, ImmutableMap<String, GeoPoint> locations) {
    this.hierarchy = hierarchy;
    this.layer = layer;
    this.buildingLocations = locations;
  }

  /** A city of Fuxin's size: 12,000 building grids, 13,111 grids in all. */
  public static SyntheticCity fuxinSize(long seed) {
    return of(seed, FUXIN_BUILDING_GRIDS);
  }

  /** A city of about {@code buildingGrids} building grids (exactly that many leaves). */
  public static SyntheticCity of(long seed, int buildingGrids) {
    checkArgument(buildingGrids >= 1 && buildingGrids <= 100_000, "bad size %s", buildingGrids);
    return new Generator(new Random(seed), buildingGrids).generate();
  }

  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  /** The boundaries of every grid, WGS-84. */
  public BoundaryLayer layer() {
    return layer;
  }

  /** The level with this id in the city's scheme. */
  public Level level(String id) {
    return hierarchy.scheme().level(id);
  }

  /** The building grids, depth-first. */
  public ImmutableList<Grid> buildingGrids() {
    return hierarchy.grids(level("building-grid"));
  }

  /** Where each building stands, by place id. */
  public ImmutableMap<String, GeoPoint> buildingLocations() {
    return buildingLocations;
  }

  /** The building positions as the spatial queries take them. */
  public PlaceLocations placeLocations() {
    return PlaceLocations.of(CoordinateSystem.WGS84, buildingLocations);
  }

  /** The boundary of a grid. */
  public Polygon boundary(GridCode grid) {
    return (Polygon) layer.boundary(grid).orElseThrow().area().getGeometryN(0);
  }

  /** The first building grid with an edge on the city's southern border. */
  public GridCode buildingGridOnBorder() {
    return buildingGrids().stream().map(Grid::code).filter(g -> borderEdge(boundary(g)) >= 0).findFirst()
        .orElseThrow();
  }

  /** A gap: {@code grid} shrunk to half its size around its centroid, leaving a ring uncovered. */
  public BoundaryLayer withGap(GridCode grid) {
    return replaced(grid, scaled(boundary(grid), 0.5));
  }

  /** Overlaps: {@code grid} grown by 30 % around its centroid, into its neighbours. */
  public BoundaryLayer withOverlap(GridCode grid) {
    return replaced(grid, scaled(boundary(grid), 1.3));
  }

  /**
   * A child outside its parent: {@code grid} (on the southern border, see {@link
   * #buildingGridOnBorder}) gains a bump below the city's edge; its neighbours are untouched.
   */
  public BoundaryLayer withBumpOutside(GridCode grid) {
    Polygon polygon = boundary(grid);
    int edge = borderEdge(polygon);
    checkArgument(edge >= 0, "grid %s has no edge on the southern border", grid);
    Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
    Coordinate p = ring[edge];
    Coordinate q = ring[edge + 1];
    double depth = 0.002;
    List<Coordinate> bumped = new ArrayList<>(List.of(ring).subList(0, edge + 1));
    bumped.add(new Coordinate(p.x + (q.x - p.x) * 0.25, p.y - depth));
    bumped.add(new Coordinate(p.x + (q.x - p.x) * 0.75, q.y - depth));
    bumped.addAll(List.of(ring).subList(edge + 1, ring.length));
    return replaced(grid, FACTORY.createPolygon(bumped.toArray(Coordinate[]::new)));
  }

  /**
   * A shared edge densified on one side only: a vertex added in the middle of the first edge
   * {@code grid} shares with a neighbour, in {@code grid}'s boundary alone.
   */
  public BoundaryLayer withOneSidedVertex(GridCode grid) {
    Coordinate[] ring = boundary(grid).getExteriorRing().getCoordinates();
    for (int k = 0; k + 1 < ring.length; k++) {
      if (sharedWithNeighbour(grid, ring[k], ring[k + 1])) {
        List<Coordinate> densified = new ArrayList<>(List.of(ring));
        densified.add(k + 1, new Coordinate((ring[k].x + ring[k + 1].x) / 2, (ring[k].y + ring[k + 1].y) / 2));
        return replaced(grid, FACTORY.createPolygon(densified.toArray(Coordinate[]::new)));
      }
    }
    throw new IllegalArgumentException("grid " + grid + " shares no edge with a neighbour");
  }

  /** The layer without {@code grid}'s boundary. */
  public BoundaryLayer withoutBoundary(GridCode grid) {
    return layer.without(grid);
  }

  private boolean sharedWithNeighbour(GridCode grid, Coordinate a, Coordinate b) {
    Level level = hierarchy.get(grid).level();
    for (Grid other : hierarchy.grids(level)) {
      if (!other.code().equals(grid)) {
        List<Coordinate> coordinates = List.of(boundary(other.code()).getExteriorRing().getCoordinates());
        if (coordinates.contains(a) && coordinates.contains(b)) {
          return true;
        }
      }
    }
    return false;
  }

  private BoundaryLayer replaced(GridCode grid, Geometry area) {
    return layer.with(Boundary.of(grid, area));
  }

  private static Geometry scaled(Polygon polygon, double factor) {
    Point c = polygon.getCentroid();
    return AffineTransformation.scaleInstance(factor, factor, c.getX(), c.getY())
        .transform(polygon);
  }

  /** The index of the ring segment that lies on the southern border, or -1. */
  private static int borderEdge(Polygon polygon) {
    Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
    for (int k = 0; k + 1 < ring.length; k++) {
      if (onSouthernBorder(ring[k]) && onSouthernBorder(ring[k + 1]) && ring[k].x != ring[k + 1].x) {
        return k;
      }
    }
    return -1;
  }

  private static boolean onSouthernBorder(Coordinate c) {
    return Math.abs(c.y - EXTENT.getMinY()) < 1e-12;
  }

  /** A grid under construction: its area and its children (none for a building grid). */
  private record Member(Geometry area, List<Member> children) {}

  /** Builds one city; used once. */
  private static final class Generator {
    private final Random random;
    private final int leaves;
    private final List<GridNode> nodes = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Boundary> boundaries = new ArrayList<>();
    private final Map<String, GeoPoint> locations = new LinkedHashMap<>();

    Generator(Random random, int leaves) {
      this.random = random;
      this.leaves = leaves;
    }

    SyntheticCity generate() {
      List<Member> members = new ArrayList<>();
      for (Geometry cell : voronoiCells()) {
        members.add(new Member(cell, List.of()));
      }
      for (int depth = 3; depth >= 0; depth--) {
        int parents = depth == 0 ? 1 : Math.max(1, (int) Math.round(members.size() / (double) FAN_OUT[depth]));
        List<Member> above = new ArrayList<>();
        for (List<Member> children : group(members, parents)) {
          above.add(new Member(CoverageUnion.union(children.stream().map(Member::area).toArray(Geometry[]::new)),
              children));
        }
        members = above;
      }
      emit(members.get(0), COUNTY, null, 0, 0);
      GridHierarchy hierarchy = GridHierarchy.of(LevelSchemes.fuxin(), nodes, places);
      return new SyntheticCity(hierarchy, BoundaryLayer.of(CoordinateSystem.WGS84, boundaries),
          ImmutableMap.copyOf(locations));
    }

    /** Writes the grid {@code member} of {@code depth} as {@code code}, then its children. */
    private void emit(Member member, GridCode code, GridCode parent, int depth, int sequence) {
      nodes.add(new GridNode(code, String.format(NAMES[depth], sequence), LEVELS[depth], parent,
          GridKind.COMPREHENSIVE, 0, 0, ImmutableSet.of()));
      boundaries.add(Boundary.of(code, member.area()));
      if (member.children().isEmpty()) {
        buildings(code, (Polygon) member.area());
        return;
      }
      for (int n = 1; n <= member.children().size(); n++) {
        emit(member.children().get(n - 1), GridCode.of(code.value() + String.format("%03d", n)), code, depth + 1, n);
      }
    }

    private void buildings(GridCode grid, Polygon cell) {
      int households = 80 + random.nextInt(41);
      int count = 1 + random.nextInt(3);
      for (int b = 1; b <= count; b++) {
        int share = b < count ? households / count : households - (count - 1) * (households / count);
        String id = grid.value() + "-B" + b;
        places.add(Place.building(id, b + "号楼", grid, share, (int) Math.round(share * 2.8)));
        locations.put(id, pointIn(cell));
      }
    }

    private GeoPoint pointIn(Polygon cell) {
      Envelope e = cell.getEnvelopeInternal();
      while (true) {
        Coordinate c = new Coordinate(e.getMinX() + random.nextDouble() * e.getWidth(),
            e.getMinY() + random.nextDouble() * e.getHeight());
        if (cell.contains(FACTORY.createPoint(c))) {
          return GeoPoint.wgs84(c.x, c.y);
        }
      }
    }

    private List<Geometry> voronoiCells() {
      List<Coordinate> sites = new ArrayList<>();
      for (int k = 0; k < leaves; k++) {
        sites.add(new Coordinate(EXTENT.getMinX() + random.nextDouble() * EXTENT.getWidth(),
            EXTENT.getMinY() + random.nextDouble() * EXTENT.getHeight()));
      }
      VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
      builder.setSites(sites);
      builder.setClipEnvelope(EXTENT);
      Geometry diagram = builder.getDiagram(FACTORY);
      Map<Coordinate, Geometry> bySite = new HashMap<>();
      for (int k = 0; k < diagram.getNumGeometries(); k++) {
        Geometry cell = diagram.getGeometryN(k);
        bySite.put((Coordinate) cell.getUserData(), cell);
      }
      List<Geometry> cells = new ArrayList<>();
      for (Coordinate site : sites) {
        Geometry cell = bySite.get(site);
        if (cell != null) {
          cell.setUserData(null);
          cells.add(cell);
        }
      }
      return cells;
    }

    /**
     * Groups {@code areas} by the nearest of {@code parents} of their centroids, chosen at random as
     * sites; every group holds at least its own site.
     */
    private List<List<Member>> group(List<Member> areas, int parents) {
      double[] x = new double[areas.size()];
      double[] y = new double[areas.size()];
      for (int k = 0; k < x.length; k++) {
        Point c = areas.get(k).area().getCentroid();
        x[k] = c.getX();
        y[k] = c.getY();
      }
      List<Integer> order = new ArrayList<>();
      for (int k = 0; k < x.length; k++) {
        order.add(k);
      }
      Collections.shuffle(order, random);
      List<Integer> sites = order.subList(0, Math.min(parents, order.size()));
      List<List<Member>> groups = new ArrayList<>();
      sites.forEach(s -> groups.add(new ArrayList<>()));
      for (int k = 0; k < x.length; k++) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int s = 0; s < sites.size(); s++) {
          double dx = x[k] - x[sites.get(s)];
          double dy = y[k] - y[sites.get(s)];
          double d = dx * dx + dy * dy;
          if (d < bestDistance) {
            bestDistance = d;
            best = s;
          }
        }
        groups.get(best).add(areas.get(k));
      }
      return groups;
    }
  }
}
