package org.civicgrid.geo.patrol;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.geo.patrol.TrackScript.ACROSS_EAST_EDGE;
import static org.civicgrid.geo.patrol.TrackScript.INNER_LOOP;
import static org.civicgrid.geo.patrol.TrackScript.OFFICE;

import java.util.List;
import org.civicgrid.geo.patrol.TrackSplitter.Stretch;
import org.junit.jupiter.api.Test;

/** Where patrols start and end in a track of plausible positions. */
class TrackSplitterTest {
  private static final PatrolArea GRID = TrackScript.area();

  private static TrackSplitter split(TrackScript script) {
    Track track = script.track();
    return new TrackSplitter(track.times, track.longitudes, track.latitudes, GRID,
        PatrolRequirement.fullTimeWorker()).split();
  }

  @Test
  void theWalkToTheGridAndBackIsNotPartOfThePatrol() {
    double[] east = {120.7786, 41.800};
    TrackScript script = TrackScript.at("2026-03-02T08:00", east).walkTo(INNER_LOOP[0], 4)
        .loop(INNER_LOOP, 4, ofMinutes(60)).walkTo(east, 4);
    Track track = script.track();
    assertThat(split(script).patrols()).singleElement().satisfies(p -> {
      assertThat(GRID.coversWgs84(track.longitude(p.first()), track.latitude(p.first()))).isTrue();
      assertThat(GRID.coversWgs84(track.longitude(p.first() - 1), track.latitude(p.first() - 1))).isFalse();
      assertThat(GRID.coversWgs84(track.longitude(p.last()), track.latitude(p.last()))).isTrue();
      assertThat(GRID.coversWgs84(track.longitude(p.last() + 1), track.latitude(p.last() + 1))).isFalse();
      assertThat(p.insideMillis()).isEqualTo(track.epochMillis(p.last()) - track.epochMillis(p.first()));
      assertThat(p.positions()).isEqualTo(p.last() - p.first() + 1);
    });
  }

  @Test
  void aShortStayOutsideBetweenInsidePositionsIsPartOfThePatrol() {
    TrackScript script = TrackScript.at("2026-03-02T08:00", ACROSS_EAST_EDGE[0]).loop(ACROSS_EAST_EDGE, 4, ofMinutes(60));
    Track track = script.track();
    assertThat(split(script).patrols()).singleElement().satisfies(p -> {
      long duration = track.epochMillis(p.last()) - track.epochMillis(p.first());
      assertThat((double) p.insideMillis() / duration).isCloseTo(0.5, within(0.05));
    });
  }

  @Test
  void aStayOutsideLongerThanTheLimitEndsThePatrolAtItsLastPositionInside() {
    TrackScript script = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(60))
        .walkTo(OFFICE, 4).walkTo(INNER_LOOP[0], 4).loop(INNER_LOOP, 4, ofMinutes(60));
    Track track = script.track();
    List<Stretch> patrols = split(script).patrols();
    assertThat(patrols).hasSize(2);
    int end = patrols.get(0).last();
    assertThat(GRID.coversWgs84(track.longitude(end + 1), track.latitude(end + 1))).isFalse();
    assertThat(track.longitude(end)).isLessThanOrEqualTo(120.775);
  }

  @Test
  void aLongPauseEndsAPatrolAndIsPartOfNone() {
    TrackScript script = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(60))
        .stand(ofMinutes(20), 4).loop(INNER_LOOP, 4, ofMinutes(60));
    List<Stretch> patrols = split(script).patrols();
    assertThat(patrols).hasSize(2);
    assertThat(patrols.get(0).last()).isLessThan(360);
    assertThat(patrols.get(1).first()).isGreaterThan(360 + 120);
  }

  @Test
  void aShortPauseIsPartOfThePatrol() {
    TrackScript script = TrackScript.at("2026-03-02T08:00", INNER_LOOP[0]).loop(INNER_LOOP, 4, ofMinutes(30))
        .stand(ofMinutes(12), 4).loop(INNER_LOOP, 4, ofMinutes(30));
    assertThat(split(script).patrols()).singleElement()
        .satisfies(p -> assertThat(p.positions()).isEqualTo(script.track().size()));
  }

  @Test
  void aRunThatNeverEntersTheGridIsNoPatrol() {
    double[][] aroundTheOffice = {OFFICE, {OFFICE[0] + 0.003, OFFICE[1]}, {OFFICE[0] + 0.003, OFFICE[1] + 0.002}};
    TrackSplitter split = split(TrackScript.at("2026-03-02T08:00", OFFICE).loop(aroundTheOffice, 4, ofMinutes(70)));
    assertThat(split.patrols()).isEmpty();
    assertThat(split.discarded()).isEmpty();
  }
}
