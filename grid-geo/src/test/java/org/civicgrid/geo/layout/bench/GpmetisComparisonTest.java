package org.civicgrid.geo.layout.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.civicgrid.geo.layout.LayoutSettings;
import org.civicgrid.geo.layout.SyntheticCity;
import org.junit.jupiter.api.Test;

/**
 * The generator side by side with gpmetis on a small seeded city (issue 7 acceptance): the generator
 * keeps every constraint and is about as compact. Needs {@code gpmetis} on PATH ({@code .ci/run}
 * installs Debian's metis) and fails, never skips, without it.
 */
class GpmetisComparisonTest {
  private static final SyntheticCity CITY = SyntheticCity.of(20240601, 20_000, 8);

  @Test
  void householdPointsKeepEveryConstraintAndAreAsCompactAsGpmetis() {
    GpmetisResult result = GpmetisComparison.onPath(List.of(1, 2, 3))
        .compare("household points, target 100", LayoutSettings.of(100), CITY.communities(), CITY.households());

    assertThat(result.ours().keepsConstraints()).as(result.markdown()).isTrue();
    assertThat(result.ours().crossings()).isZero();
    assertThat(result.ours().metrics().withinBand()).as(result.markdown()).isEqualTo(1.0);
    assertThat(result.gpmetis()).hasSize(3).allMatch(s -> s.metrics().grids() > 150);
    assertThat(result.accepted()).as(result.markdown()).isTrue();
  }

  @Test
  void buildingsAsUnitsKeepTheBandAndAreAsCompactAsGpmetisGivenTheSameBand() {
    LayoutSettings band = LayoutSettings.of(300).withMeanTolerance(0.10);
    GpmetisResult result = GpmetisComparison.onPath(List.of(1, 2, 3))
        .compare("buildings as units, target 300, band only", band, CITY.communities(), CITY.buildings());

    assertThat(result.accepted()).as(result.markdown()).isTrue();
    assertThat(result.ours().metrics().withinBand()).as(result.markdown())
        .isGreaterThanOrEqualTo(result.median(s -> s.metrics().withinBand()));
  }

  @Test
  void buildingsAsUnitsWithinFivePercentOfTheMeanStillBalanceBetterThanGpmetis() {
    GpmetisResult result = GpmetisComparison.onPath(List.of(1, 2, 3))
        .compare("buildings as units, target 300", LayoutSettings.of(300), CITY.communities(), CITY.buildings());

    assertThat(result.ours().keepsConstraints()).as(result.markdown()).isTrue();
    assertThat(result.ours().metrics().withinBand()).as(result.markdown())
        .isGreaterThanOrEqualTo(result.median(s -> s.metrics().withinBand()));
  }

  @Test
  void aMissingGpmetisIsNamedWithHowToInstallIt() {
    assertThatThrownBy(() -> GpmetisComparison.of(Path.of("/nonexistent/gpmetis"), List.of(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("gpmetis /nonexistent/gpmetis is not an executable file")
        .hasMessageContaining("apt-get install metis");
  }

  @Test
  void noSeedsIsACallerMistake() {
    assertThatThrownBy(() -> GpmetisComparison.of(Path.of("/nonexistent/gpmetis"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no seeds for gpmetis");
  }
}
