package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * A seeded synthetic city for layout research (issue 7): a 16 × 16 km territory in a metric frame
 * (metres east and north of its south-west corner) with buildings, their households, and communities
 * tiling the territory. It reproduces the instance of the layout anchors (§5.1), so figures compare
 * with the gpmetis baseline measured there.
 *
 * <p>Of the households, 75 % live in apartment blocks around five Gaussian centres (households per
 * block lognormal with median 30, clipped to 4–240), 18 % in a suburban ring 2.5–6.5 km from the
 * centre in houses of 2–12 households, and the rest in 60 villages of 1–3-household houses spread
 * 120 m around their centres. Communities are the Voronoi regions, clipped to the territory, of
 * sites drawn from the households, so big centres get more of them; their vertices lie on a
 * millimetre grid and neighbours share them exactly. {@link #households()} puts each household at
 * its own point, jittered 12 m around its building.
 *
 * <p>The same seed and sizes always give the same city, coordinate for coordinate. Immutable and
 * thread-safe.
 */
public final class SyntheticCity {
  /** Households in the anchors' city (Fuxin-like urban district). */
  public static final int DEFAULT_HOUSEHOLDS = 200_000;
  /** Communities in the anchors' city. */
  public static final int DEFAULT_COMMUNITIES = 70;
  /** The township code the communities' ids extend (Haizhou district, first subdistrict). */
  public static final String TOWNSHIP = "210902001";
  /** The territory, metres. */
  public static final Envelope TERRITORY = new Envelope(0, 16_000, 0, 16_000);

  private static final GeometryFactory METRES = new GeometryFactory(new PrecisionModel(1000));
  /** Apartment centres: east, north, x-sigma, share of all households. */
  private static final double[][] CENTRES = {
      {8000, 8000, 1800, .45}, {4000, 11500, 700, .08}, {12000, 4500, 900, .10}, {11500, 12000, 600, .07},
      {3500, 3500, 500, .05}};
  private static final double SUBURBAN_SHARE = .18;
  private static final int VILLAGES = 60;
  private static final double HOUSEHOLD_JITTER = 12;

  private final long seed;
  private final ImmutableList<HouseholdSite> buildings;
  private final ImmutableList<LayoutParent> communities;

  private SyntheticCity(long seed, ImmutableList<HouseholdSite> buildings, ImmutableList<LayoutParent> communities) {
    this.seed = seed;
    this.buildings = buildings;
    this.communities = communities;
  }

  /** The anchors' city: 200,000 households in 70 communities. */
  public static SyntheticCity of(long seed) {
    return of(seed, DEFAULT_HOUSEHOLDS, DEFAULT_COMMUNITIES);
  }

  /**
   * The anchors' city scaled to {@code households}: communities in the same proportion, 70 for every
   * 200,000 households (350 for a million).
   */
  public static SyntheticCity scaled(long seed, int households) {
    return of(seed, households, (int) ((long) DEFAULT_COMMUNITIES * households / DEFAULT_HOUSEHOLDS));
  }

  /** A city of exactly {@code households} households in {@code communities} communities. */
  public static SyntheticCity of(long seed, int households, int communities) {
    checkArgument(households >= 1_000 && households <= 2_000_000, "bad household count %s", households);
    checkArgument(communities >= 1 && communities <= 999 && communities * 100 <= households,
        "bad community count %s for %s households", communities, households);
    Random random = new Random(seed);
    ImmutableList<HouseholdSite> buildings = buildings(random, households);
    return new SyntheticCity(seed, buildings, communities(random, buildings, households, communities));
  }

  /** The buildings, each with its household count. */
  public ImmutableList<HouseholdSite> buildings() {
    return buildings;
  }

  /** Every household at its own point (count 1), jittered around its building; seeded like the city. */
  public ImmutableList<HouseholdSite> households() {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    ImmutableList.Builder<HouseholdSite> out = ImmutableList.builder();
    for (HouseholdSite building : buildings) {
      for (int i = 0; i < building.households(); i++) {
        out.add(new HouseholdSite(inside(building.east() + HOUSEHOLD_JITTER * random.nextGaussian()),
            inside(building.north() + HOUSEHOLD_JITTER * random.nextGaussian()), 1));
      }
    }
    return out.build();
  }

  /** The communities, coded {@link #TOWNSHIP} + 001, 002, … in the order of their sites. */
  public ImmutableList<LayoutParent> communities() {
    return communities;
  }

  private static ImmutableList<HouseholdSite> buildings(Random random, int households) {
    List<HouseholdSite> out = new ArrayList<>();
    int placed = 0;
    for (double[] c : CENTRES) {
      int quota = (int) Math.round(c[3] * households);
      for (int left = quota; left > 0; ) {
        int size = Math.min(left, (int) Math.max(4, Math.min(240, Math.round(Math.exp(Math.log(30)
            + 0.6 * random.nextGaussian())))));
        out.add(site(c[0] + c[2] * random.nextGaussian(), c[1] + 0.8 * c[2] * random.nextGaussian(), size));
        left -= size;
      }
      placed += quota;
    }
    int suburban = (int) Math.round(SUBURBAN_SHARE * households);
    for (int left = suburban; left > 0; ) {
      int size = Math.min(left, 2 + random.nextInt(11));
      double radius = 2500 + 4000 * random.nextDouble();
      double angle = 2 * Math.PI * random.nextDouble();
      out.add(site(8000 + radius * Math.cos(angle), 8000 + radius * Math.sin(angle), size));
      left -= size;
    }
    placed += suburban;
    double[][] villages = new double[VILLAGES][];
    for (int v = 0; v < VILLAGES; v++) {
      villages[v] = new double[] {500 + 15_000 * random.nextDouble(), 500 + 15_000 * random.nextDouble()};
    }
    for (int left = households - placed, v = 0; left > 0; v = (v + 1) % VILLAGES) {
      int size = Math.min(left, 1 + random.nextInt(3));
      out.add(site(villages[v][0] + 120 * random.nextGaussian(), villages[v][1] + 120 * random.nextGaussian(), size));
      left -= size;
    }
    return ImmutableList.copyOf(out);
  }

  private static HouseholdSite site(double east, double north, int households) {
    return new HouseholdSite(inside(east), inside(north), households);
  }

  /** Clamped into the territory (a few metres in) and rounded to the millimetre. */
  private static double inside(double metres) {
    return Math.rint(Math.max(1, Math.min(TERRITORY.getMaxX() - 1, metres)) * 1000) / 1000;
  }

  private static ImmutableList<LayoutParent> communities(Random random, List<HouseholdSite> buildings,
      int households, int count) {
    int[] firstHousehold = new int[buildings.size()];
    for (int b = 1; b < buildings.size(); b++) {
      firstHousehold[b] = firstHousehold[b - 1] + buildings.get(b - 1).households();
    }
    List<Coordinate> seeds = new ArrayList<>();
    while (seeds.size() < count) {
      int household = random.nextInt(households);
      int b = java.util.Arrays.binarySearch(firstHousehold, household);
      HouseholdSite building = buildings.get(b >= 0 ? b : -b - 2);
      Coordinate c = new Coordinate(building.east(), building.north());
      if (!seeds.contains(c)) {
        seeds.add(c);
      }
    }
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(seeds);
    voronoi.setClipEnvelope(TERRITORY);
    Geometry cells = voronoi.getDiagram(METRES);
    LayoutParent[] parents = new LayoutParent[count];
    for (int i = 0; i < cells.getNumGeometries(); i++) {
      Geometry cell = cells.getGeometryN(i);
      int index = seeds.indexOf((Coordinate) cell.getUserData());
      Geometry clipped = GeometryPrecisionReducer.reduce(cell.intersection(METRES.toGeometry(TERRITORY)),
          METRES.getPrecisionModel());
      parents[index] = new LayoutParent(String.format("%s%03d", TOWNSHIP, index + 1), clipped);
    }
    return ImmutableList.copyOf(parents);
  }
}
