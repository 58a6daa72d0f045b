package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicgrid.geo.coverage.CoverageCheck;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The generator's promises checked on 200 random small instances (issue 7): every grid inside its
 * parent and in one piece, all grids one edge-matched coverage of the parents, every household in
 * exactly one grid, every grid inside the band or flagged, and the same input giving the same layout.
 */
class LayoutGeneratorPropertyTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  @Test
  void everyRandomInstanceKeepsTheConstraintsOrFlagsTheMiss() {
    for (int seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      List<LayoutParent> parents = parents(random);
      List<HouseholdSite> sites = sites(random, parents);
      double band = 0.10 + 0.10 * random.nextDouble();
      LayoutSettings settings = LayoutSettings.of(new int[] {10, 20, 30, 50}[random.nextInt(4)]).withBand(band)
          .withMeanTolerance(band / 2).withSeed(seed).withSplitBuildings(random.nextBoolean());
      LayoutGenerator generator = LayoutGenerator.of(settings);

      Layout layout = generator.generate(parents, sites);

      String instance = "instance " + seed + " " + settings;
      for (LayoutParent parent : parents) {
        Geometry area = parent.area();
        double covered = 0;
        for (LayoutGrid grid : layout.grids(parent.id())) {
          assertThat(area.buffer(0.001).covers(grid.area())).as(instance + " " + grid.code() + " inside").isTrue();
          assertThat(grid.isContiguous()).as(instance + " " + grid.code() + " contiguous").isTrue();
          covered += grid.area().getArea();
        }
        if (!layout.grids(parent.id()).isEmpty()) {
          assertThat(covered).as(instance + " " + parent.id() + " tiled").isCloseTo(area.getArea(), within(CoverageCheck.DEFAULT_AREA_TOLERANCE));
        }
      }
      assertThat(CoverageValidator.isValid(layout.grids().stream().map(LayoutGrid::area).toArray(Geometry[]::new)))
          .as(instance + " coverage").isTrue();
      assertThat(layout.grids().stream().mapToInt(LayoutGrid::households).sum()).as(instance)
          .isEqualTo(sites.stream().mapToInt(HouseholdSite::households).sum());
      Set<String> flagged = layout.findings().stream().map(LayoutFinding::grid).collect(Collectors.toSet());
      assertThat(layout.grids()).as(instance + " within band or flagged").allMatch(g -> flagged.contains(g.code())
          || (g.households() >= settings.minimum() && g.households() <= settings.maximum()));
      assertThat(generator.generate(parents, sites)).as(instance + " deterministic").isEqualTo(layout);
    }
  }

  /** One to three communities cutting a rectangle of 200–800 m by whole-metre vertical lines. */
  private static List<LayoutParent> parents(Random random) {
    int width = 200 + random.nextInt(600);
    int height = 200 + random.nextInt(600);
    int count = 1 + random.nextInt(3);
    List<LayoutParent> parents = new ArrayList<>();
    int west = 0;
    for (int i = 0; i < count; i++) {
      int east = i == count - 1 ? width : west + (width - west) / (count - i) + random.nextInt(40) - 20;
      parents.add(new LayoutParent(String.format("210902001%03d", i + 1),
          FACTORY.toGeometry(new Envelope(west, east, 0, height))));
      west = east;
    }
    return parents;
  }

  /** 0–200 sites of 1–5 households (a few towers of up to 120), placed uniformly, millimetre-rounded. */
  private static List<HouseholdSite> sites(Random random, List<LayoutParent> parents) {
    Envelope extent = new Envelope();
    parents.forEach(p -> extent.expandToInclude(p.area().getEnvelopeInternal()));
    int n = random.nextInt(200);
    List<HouseholdSite> sites = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int households = random.nextInt(50) == 0 ? 20 + random.nextInt(100) : 1 + random.nextInt(5);
      sites.add(new HouseholdSite(Math.rint(extent.getWidth() * random.nextDouble() * 1000) / 1000,
          Math.rint(extent.getHeight() * random.nextDouble() * 1000) / 1000, households));
    }
    return sites;
  }
}
