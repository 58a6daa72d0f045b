package org.civicgrid.geo.patrol;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.geo.patrol.TrackScript.INNER_LOOP;

import org.junit.jupiter.api.Test;

/** Which positions of a raw track are GPS noise, and where runs of plausible positions start. */
class NoiseFilterTest {
  private static final PatrolArea GRID = TrackScript.area();
  /** 500 m north of the inner loop's first corner, outside the grid. */
  private static final double[] COLD_FIX = {INNER_LOOP[0][0], INNER_LOOP[0][1] + 0.0045};

  private static NoiseFilter filter(TrackScript script) {
    Track track = script.track();
    return new NoiseFilter(track.times, track.longitudes, track.latitudes, GRID, PatrolRequirement.fullTimeWorker(),
        new LocalDistance()).filter();
  }

  private static boolean plausible(NoiseFilter filter, int k) {
    return (filter.flags()[k] & NoiseFilter.PLAUSIBLE) != 0;
  }

  private static boolean runStart(NoiseFilter filter, int k) {
    return (filter.flags()[k] & NoiseFilter.RUN_START) != 0;
  }

  @Test
  void aPhonesFirstFixFarOffIsOverruledByThePositionsAfterIt() {
    NoiseFilter noise = filter(TrackScript.at("2026-03-02T08:00", COLD_FIX)
        .teleport(INNER_LOOP[0], ofSeconds(10)).loop(INNER_LOOP, 4, ofMinutes(70)));
    assertThat(noise.discarded()).singleElement().satisfies(fix -> {
      assertThat(fix.index()).isZero();
      assertThat(fix.metres()).isCloseTo(500, within(5.0));
      assertThat(fix.kmPerHour()).isCloseTo(180, within(2.0));
    });
    assertThat(plausible(noise, 0)).isFalse();
    assertThat(runStart(noise, 1)).isTrue();
  }

  @Test
  void twoFarOffFixesAtTheStartAreOverruledTogether() {
    NoiseFilter noise = filter(TrackScript.at("2026-03-02T08:00", COLD_FIX).stand(ofSeconds(10), 0)
        .teleport(INNER_LOOP[0], ofSeconds(10)).loop(INNER_LOOP, 4, ofMinutes(70)));
    assertThat(noise.discarded()).extracting(DiscardedFix::index).containsExactly(0, 1);
    assertThat(runStart(noise, 2)).isTrue();
  }

  @Test
  void aGenuineFirstPositionIsNotOverruledByTwoJumpsAfterIt() {
    NoiseFilter noise = filter(TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).spike(800).spike(800)
        .loop(INNER_LOOP, 4, ofMinutes(70)));
    assertThat(noise.discarded()).extracting(DiscardedFix::index).containsExactly(1, 2);
    assertThat(runStart(noise, 0)).isTrue();
    assertThat(plausible(noise, 3)).isTrue();
    assertThat(runStart(noise, 3)).isFalse();
  }

  @Test
  void aClusterOfJumpsInTheMiddleOfAPatrolIsDiscardedWhole() {
    NoiseFilter noise = filter(TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(20))
        .spike(800).spike(800).spike(800).loop(INNER_LOOP, 4, ofMinutes(50)));
    assertThat(noise.discarded()).extracting(DiscardedFix::index).containsExactly(121, 122, 123);
    assertThat(noise.discarded()).allSatisfy(fix -> assertThat(fix.metres()).isCloseTo(800, within(40.0)));
    assertThat(plausible(noise, 124)).isTrue();
    assertThat(runStart(noise, 124)).isFalse();
  }

  @Test
  void aBusRideFasterThanTheMaximumIsDiscardedAsNoise() {
    NoiseFilter noise = filter(TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(70))
        .walkTo(new double[] {120.90, 41.80}, 40).stand(ofMinutes(20), 3));
    assertThat(noise.discarded()).hasSizeGreaterThan(50)
        .allSatisfy(fix -> assertThat(fix.kmPerHour()).isGreaterThan(30));
  }

  @Test
  void insidePositionsAreMarked() {
    NoiseFilter noise = filter(TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).walkTo(TrackScript.OFFICE, 4));
    assertThat(noise.flags()[0] & NoiseFilter.INSIDE).isNotZero();
    assertThat(noise.flags()[noise.flags().length - 1] & NoiseFilter.INSIDE).isZero();
  }

  @Test
  void aDiscardedPositionSaysWhereAndHowFast() {
    NoiseFilter noise = filter(TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(5))
        .spike(2000).loop(INNER_LOOP, 4, ofMinutes(5)));
    assertThat(noise.discarded().get(0)).hasToString("position 31 at 2026-03-02T00:05:10Z: 2000 m at 720 km/h");
  }
}
