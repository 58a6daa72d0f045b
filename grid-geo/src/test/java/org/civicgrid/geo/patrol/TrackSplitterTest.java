package org.civicgrid.geo.patrol;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.geo.patrol.TrackScript.INNER_LOOP;
import static org.civicgrid.geo.patrol.TrackScript.OFFICE;

import java.util.List;
import org.civicgrid.geo.patrol.TrackSplitter.Stretch;
import org.junit.jupiter.api.Test;

/** How a raw track is read: which positions are noise, where patrols start and end. */
class TrackSplitterTest {
  private static final PatrolArea GRID = TrackScript.area();
  /** 500 m north of the inner loop's first corner, outside the grid. */
  private static final double[] COLD_FIX = {INNER_LOOP[0][0], INNER_LOOP[0][1] + 0.0045};

  private static TrackSplitter split(TrackScript script) {
    Track track = script.track();
    return new TrackSplitter(track.times, track.longitudes, track.latitudes, GRID,
        PatrolRequirement.fullTimeWorker()).split();
  }

  @Test
  void aPhonesFirstFixFarOffIsOverruledByThePositionsAfterIt() {
    TrackSplitter split = split(TrackScript.at("2026-03-02T08:00", COLD_FIX)
        .teleport(INNER_LOOP[0], ofSeconds(10)).loop(INNER_LOOP, 4, ofMinutes(70)));
    assertThat(split.discarded()).singleElement().satisfies(fix -> {
      assertThat(fix.index()).isZero();
      assertThat(fix.metres()).isCloseTo(500, within(5.0));
      assertThat(fix.kmPerHour()).isCloseTo(180, within(2.0));
    });
    assertThat(split.patrols()).singleElement().satisfies(p -> {
      assertThat(p.first()).isEqualTo(1);
      assertThat(p.metres()).isCloseTo(4 / 3.6 * 70 * 60, within(50.0));
    });
  }

  @Test
  void twoFarOffFixesAtTheStartAreOverruledTogether() {
    TrackSplitter split = split(TrackScript.at("2026-03-02T08:00", COLD_FIX).stand(ofSeconds(10), 0)
        .teleport(INNER_LOOP[0], ofSeconds(10)).loop(INNER_LOOP, 4, ofMinutes(70)));
    assertThat(split.discarded()).extracting(DiscardedFix::index).containsExactly(0, 1);
    assertThat(split.patrols()).extracting(Stretch::first).containsExactly(2);
  }

  @Test
  void aGenuineFirstPositionIsNotOverruledByTwoJumpsAfterIt() {
    TrackSplitter split = split(TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).spike(800).spike(800)
        .loop(INNER_LOOP, 4, ofMinutes(70)));
    assertThat(split.discarded()).extracting(DiscardedFix::index).containsExactly(1, 2);
    assertThat(split.patrols()).extracting(Stretch::first).containsExactly(0);
  }

  @Test
  void aClusterOfJumpsInTheMiddleOfAPatrolIsDiscardedWhole() {
    TrackSplitter split = split(TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(20))
        .spike(800).spike(800).spike(800).loop(INNER_LOOP, 4, ofMinutes(50)));
    assertThat(split.discarded()).extracting(DiscardedFix::index).containsExactly(121, 122, 123);
    assertThat(split.discarded()).allSatisfy(fix -> assertThat(fix.metres()).isCloseTo(800, within(40.0)));
    assertThat(split.patrols()).hasSize(1);
  }

  @Test
  void aBusRideFasterThanTheMaximumIsDiscardedAsNoiseAndEndsThePatrol() {
    TrackSplitter split = split(TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(70))
        .walkTo(new double[] {120.90, 41.80}, 40).stand(ofMinutes(20), 3));
    assertThat(split.patrols()).hasSize(1);
    assertThat(split.discarded()).hasSizeGreaterThan(50)
        .allSatisfy(fix -> assertThat(fix.kmPerHour()).isGreaterThan(30));
  }

  @Test
  void aShortWalkInFromOutsideIsPartOfThePatrol() {
    double[] east = {120.7786, 41.800};
    TrackScript script = TrackScript.at("2026-03-02T08:00", east).walkTo(INNER_LOOP[0], 4)
        .loop(INNER_LOOP, 4, ofMinutes(60));
    Track track = script.track();
    assertThat(split(script).patrols()).singleElement().satisfies(p -> {
      assertThat(p.first()).isZero();
      assertThat(p.positions()).isEqualTo(track.size());
      long outsideMillis = track.epochMillis(p.last()) - track.epochMillis(p.first()) - p.insideMillis();
      assertThat(outsideMillis).as("about 4.5 minutes walking in").isBetween(240_000L, 300_000L);
    });
  }

  @Test
  void aLongWalkInFromOutsideIsCutOff() {
    TrackScript script = TrackScript.at("2026-03-02T08:00", OFFICE).walkTo(INNER_LOOP[0], 4)
        .loop(INNER_LOOP, 4, ofMinutes(60));
    Track track = script.track();
    TrackSplitter split = split(script);
    Stretch patrol = split.patrols().get(0);
    assertThat(patrol.first()).isPositive();
    assertThat(GRID.coversWgs84(track.longitude(patrol.first()), track.latitude(patrol.first()))).isTrue();
    assertThat(GRID.coversWgs84(track.longitude(patrol.first() - 1), track.latitude(patrol.first() - 1))).isFalse();
    assertThat(patrol.insideMillis()).isEqualTo(track.epochMillis(patrol.last()) - track.epochMillis(patrol.first()));
  }

  @Test
  void aShortStayOutsideAtTheEndIsPartOfThePatrol() {
    double[] justEast = {120.7765, 41.800};
    TrackScript script = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(60))
        .walkTo(justEast, 4).stand(ofMinutes(5), 3);
    Track track = script.track();
    List<Stretch> patrols = split(script).patrols();
    assertThat(patrols).singleElement().satisfies(p -> {
      assertThat(p.last()).isEqualTo(track.size() - 1);
      assertThat(p.positions()).isEqualTo(track.size());
      assertThat(p.insideMillis()).isLessThan(track.epochMillis(p.last()) - track.epochMillis(0));
    });
  }

  @Test
  void aRunThatNeverEntersTheGridIsNoPatrol() {
    double[][] aroundTheOffice = {OFFICE, {OFFICE[0] + 0.003, OFFICE[1]}, {OFFICE[0] + 0.003, OFFICE[1] + 0.002}};
    TrackSplitter split = split(TrackScript.at("2026-03-02T08:00", OFFICE).loop(aroundTheOffice, 4, ofMinutes(70)));
    assertThat(split.patrols()).isEmpty();
    assertThat(split.discarded()).isEmpty();
  }

  @Test
  void aDiscardedPositionSaysWhereAndHowFast() {
    TrackSplitter split = split(TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(5))
        .spike(2000).loop(INNER_LOOP, 4, ofMinutes(5)));
    assertThat(split.discarded().get(0)).hasToString("position 31 at 2026-03-02T00:05:10Z: 2000 m at 720 km/h");
  }
}
