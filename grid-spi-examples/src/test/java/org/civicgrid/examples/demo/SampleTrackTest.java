package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.patrol.PatrolArea;
import org.civicgrid.geo.patrol.Track;
import org.junit.jupiter.api.Test;

class SampleTrackTest {
  private static final BoundaryLayer GCJ02 = SampleCountyBoundaries.asShipped(Demo.loadSampleCounty());
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final LocalDateTime MORNING = LocalDateTime.of(2024, 5, 14, 8, 30);

  private static Track track() {
    return SampleTrack.of(PersonId.of("p-10"), GCJ02,
            GCJ02.boundary(SampleStaff.CHANGYUAN_COMPOUND).orElseThrow())
        .patrol(MORNING.atZone(CHINA), Duration.ofMinutes(30), true)
        .patrol(MORNING.plusHours(6).atZone(CHINA), Duration.ofMinutes(10), false)
        .build();
  }

  @Test
  void everyPositionButTheNoisyOneLiesInsideTheGridEveryTenSeconds() {
    Track track = track();
    PatrolArea area = PatrolArea.of(GCJ02, SampleStaff.CHANGYUAN_COMPOUND);
    int outside = 0;
    for (int k = 0; k < track.size(); k++) {
      if (!area.covers(GeoPoint.gcj02(track.longitude(k), track.latitude(k)))) {
        outside++;
      }
    }
    assertThat(outside).isEqualTo(1);
    assertThat(track.size()).isEqualTo(181 + 1 + 61);
    assertThat(track.time(1)).isEqualTo(track.time(0).plusSeconds(10));
  }

  @Test
  void theTrackIsTheSameOnEveryRun() {
    Track first = track();
    Track second = track();
    for (int k = 0; k < first.size(); k++) {
      assertThat(second.longitude(k)).isEqualTo(first.longitude(k));
      assertThat(second.latitude(k)).isEqualTo(first.latitude(k));
    }
  }
}
