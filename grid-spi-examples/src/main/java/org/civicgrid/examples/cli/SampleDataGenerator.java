package org.civicgrid.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.geojson.GeoJsonLayerWriter;
import org.civicgrid.geo.layout.HouseholdSite;
import org.civicgrid.geo.layout.LayoutParent;
import org.civicgrid.geo.layout.SyntheticCity;
import org.civicgrid.routing.simulation.Scenario;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Writes the README's sample data to {@code grid-spi-examples/sample/} (or the folder given as the first
 * argument), byte for byte the same on every run: {@value #HOUSEHOLDS} (one row per household of a {@link
 * SyntheticCity} of {@value #HOUSEHOLD_COUNT} households in {@value #COMMUNITY_COUNT} communities, seed {@value
 * #SEED}, with a seeded number of residents), {@value #PARENTS} (its communities) and {@value #SCENARIO} (a week
 * of cases in the social-governance catalogue). The city's 16 × 16 km frame is centred on Fuxin's Haizhou
 * district, {@value #CENTRE_LON}° E {@value #CENTRE_LAT}° N, and written in WGS-84. Run it with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.civicgrid.examples.cli.SampleDataGenerator
 * -Dexec.args=grid-spi-examples/sample}. Stateless.
 */
public final class SampleDataGenerator {
  static final String HOUSEHOLDS = "households.csv";
  static final String PARENTS = "parents.geojson";
  static final String SCENARIO = "week.json";
  static final long SEED = 20250317;
  static final int HOUSEHOLD_COUNT = 20_000;
  static final int COMMUNITY_COUNT = 8;
  static final double CENTRE_LON = 121.66;
  static final double CENTRE_LAT = 42.01;
  /** Decimals of the parents' coordinates, 1e-9° as grid-geo's LayoutFiles writes grids. */
  private static final int DECIMALS = 9;
  private static final String DEFAULT_FOLDER = "grid-spi-examples/sample";
  /** Residents of a household: 1 to 5, shares after a typical urban district's census table. */
  private static final double[] RESIDENT_SHARES = {0.17, 0.30, 0.28, 0.15, 0.10};

  private SampleDataGenerator() {}

  /** Writes the sample files into the folder given as the first argument, or {@value #DEFAULT_FOLDER}. */
  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : DEFAULT_FOLDER);
    write(folder);
    System.out.println("sample data written to " + folder.toAbsolutePath());
  }

  /** Writes the three sample files into {@code folder}, creating it if needed. */
  static void write(Path folder) {
    checkNotNull(folder, "folder");
    SyntheticCity city = SyntheticCity.of(SEED, HOUSEHOLD_COUNT, COMMUNITY_COUNT);
    LocalFrame frame = new LocalFrame(CENTRE_LON, CENTRE_LAT);
    double half = SyntheticCity.TERRITORY.getWidth() / 2;
    try {
      Files.createDirectories(folder);
      writeHouseholds(city.households(), frame, half, folder.resolve(HOUSEHOLDS));
      writeParents(city.communities(), frame, half, folder.resolve(PARENTS));
      Files.writeString(folder.resolve(SCENARIO), week().toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sample data to " + folder, e);
    }
  }

  /** A week from Monday 17 March 2025: five subcategories, office-shaped hours, as in the simulation benchmark. */
  static Scenario week() {
    return Scenario.builder(LocalDateTime.parse("2025-03-17T00:00"), 7)
        .arrivals("0101", 1).arrivals("0201", 1).arrivals("0202", 1).arrivals("0203", 1).arrivals("0303", 1)
        .hourProfile(List.of(0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 2.0, 3.0, 3.0, 2.5,
            2.0, 2.0, 2.5, 2.5, 2.0, 1.5, 1.0, 1.0, 0.8, 0.6, 0.4, 0.3))
        .seed(42).build();
  }

  private static void writeHouseholds(List<HouseholdSite> households, LocalFrame frame, double half, Path file)
      throws IOException {
    Random random = new Random(SEED);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("lon,lat,households,residents\n");
      for (HouseholdSite household : households) {
        Coordinate lonLat = frame.toLonLat(household.east() - half, household.north() - half);
        out.write(String.format(Locale.ROOT, "%.6f,%.6f,%d,%d\n", lonLat.x, lonLat.y, household.households(),
            residents(random)));
      }
    }
  }

  private static int residents(Random random) {
    double draw = random.nextDouble();
    int residents = 1;
    for (double share : RESIDENT_SHARES) {
      draw -= share;
      if (draw < 0) {
        return residents;
      }
      residents++;
    }
    return RESIDENT_SHARES.length;
  }

  private static void writeParents(List<LayoutParent> communities, LocalFrame frame, double half, Path file)
      throws IOException {
    AffineTransformation toLonLat = AffineTransformation.translationInstance(-half, -half).compose(frame.toLonLat());
    List<Boundary> boundaries = new ArrayList<>();
    Map<GridCode, Map<String, Object>> names = new LinkedHashMap<>();
    for (int i = 0; i < communities.size(); i++) {
      LayoutParent community = communities.get(i);
      GridCode code = GridCode.of(community.id());
      boundaries.add(Boundary.of(code, toLonLat.transform(community.area())));
      names.put(code, Map.of("name", "第" + (i + 1) + "社区"));
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      GeoJsonLayerWriter.rfc7946().withDecimals(DECIMALS).withProperties(names)
          .write(BoundaryLayer.of(CoordinateSystem.WGS84, boundaries), out);
    }
  }
}
