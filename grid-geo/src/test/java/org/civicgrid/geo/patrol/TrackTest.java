package org.civicgrid.geo.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.staff.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A worker's raw positions are checked whole before anything is analysed. */
class TrackTest {
  private static final PersonId WORKER = TrackScript.WORKER;
  private static final long NINE = Instant.parse("2026-03-02T01:00:00Z").toEpochMilli();

  private static Track track(long[] times, double[] lons, double[] lats) {
    return Track.of(WORKER, CoordinateSystem.GCJ02, times, lons, lats);
  }

  @Test
  void positionsAreCopiedInAndReadBack() {
    long[] times = {NINE, NINE + 10_000};
    double[] lons = {120.77, 120.771};
    double[] lats = {41.80, 41.801};
    Track track = track(times, lons, lats);
    times[1] = 0;
    lons[1] = 0;
    assertThat(track.size()).isEqualTo(2);
    assertThat(track.epochMillis(1)).isEqualTo(NINE + 10_000);
    assertThat(track.time(1)).isEqualTo(Instant.parse("2026-03-02T01:00:10Z"));
    assertThat(track.longitude(1)).isEqualTo(120.771);
    assertThat(track.latitude(1)).isEqualTo(41.801);
    assertThat(track.worker()).isEqualTo(WORKER);
    assertThat(track.system()).isEqualTo(CoordinateSystem.GCJ02);
    assertThat(track).hasToString(
        "Track[bp-0042, GCJ02, 2 positions, 2026-03-02T01:00:00Z – 2026-03-02T01:00:10Z]");
  }

  @Test
  void aPositionEarlierThanTheOneBeforeItIsRefusedNamingWorkerIndexAndTime() {
    assertThatThrownBy(() -> track(new long[] {NINE, NINE + 20_000, NINE + 10_000},
        new double[] {120.77, 120.77, 120.77}, new double[] {41.8, 41.8, 41.8}))
        .isInstanceOfSatisfying(InvalidTrackException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
          assertThat(e.worker()).isEqualTo(WORKER);
          assertThat(e.index()).isEqualTo(2);
          assertThat(e.time()).isEqualTo(Instant.parse("2026-03-02T01:00:10Z"));
          assertThat(e.defect()).isEqualTo(TrackDefect.UNSORTED_TIME);
        })
        .hasMessage("MALFORMED_INPUT: track of worker bp-0042: position 2 at 2026-03-02T01:00:10Z is earlier"
            + " than position 1 at 2026-03-02T01:00:20Z; times must strictly increase");
  }

  @Test
  void aRepeatedTimeIsRefused() {
    assertThatThrownBy(() -> track(new long[] {NINE, NINE}, new double[] {120.77, 120.78},
        new double[] {41.8, 41.8}))
        .isInstanceOfSatisfying(InvalidTrackException.class, e -> {
          assertThat(e.index()).isEqualTo(1);
          assertThat(e.defect()).isEqualTo(TrackDefect.DUPLICATE_TIME);
        })
        .hasMessageContaining("position 1 at 2026-03-02T01:00:00Z repeats the time of position 0");
  }

  @ParameterizedTest
  @CsvSource({"NaN, 41.8", "120.77, NaN", "Infinity, 41.8", "120.77, -Infinity", "180.5, 41.8",
      "-181, 41.8", "120.77, 90.01", "120.77, -91"})
  void aCoordinateThatIsNotANumberOrOutOfRangeIsRefused(double lon, double lat) {
    assertThatThrownBy(() -> track(new long[] {NINE, NINE + 10_000}, new double[] {120.77, lon},
        new double[] {41.8, lat}))
        .isInstanceOfSatisfying(InvalidTrackException.class, e -> {
          assertThat(e.index()).isEqualTo(1);
          assertThat(e.defect()).isEqualTo(TrackDefect.INVALID_COORDINATE);
        })
        .hasMessageContaining("position 1 at 2026-03-02T01:00:10Z has longitude " + lon + ", latitude " + lat);
  }

  @Test
  void theFirstOffendingPositionIsNamed() {
    assertThatThrownBy(() -> track(new long[] {NINE, NINE, NINE - 1}, new double[] {120.77, 120.77, Double.NaN},
        new double[] {41.8, 41.8, 41.8}))
        .isInstanceOfSatisfying(InvalidTrackException.class, e -> assertThat(e.index()).isEqualTo(1));
  }

  @Test
  void theBuilderChecksTheSameWay() {
    Track.Builder builder = Track.builder(WORKER, CoordinateSystem.WGS84)
        .add(Instant.parse("2026-03-02T01:00:00Z"), 120.77, 41.8)
        .add(Instant.parse("2026-03-02T00:59:50Z"), 120.77, 41.8);
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidTrackException.class,
        e -> assertThat(e.defect()).isEqualTo(TrackDefect.UNSORTED_TIME));
  }

  @Test
  void theBuilderGrowsPastItsFirstCapacity() {
    Track.Builder builder = Track.builder(WORKER, CoordinateSystem.WGS84);
    for (int k = 0; k < 1000; k++) {
      builder.add(NINE + 10_000L * k, 120.77, 41.8);
    }
    Track track = builder.build();
    assertThat(track.size()).isEqualTo(1000);
    assertThat(track.epochMillis(999)).isEqualTo(NINE + 9_990_000L);
  }

  @Test
  void arraysOfDifferentLengthsAreACallersMistake() {
    assertThatThrownBy(() -> track(new long[] {NINE}, new double[] {120.77, 120.78}, new double[] {41.8}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("worker bp-0042: 1 times, 2 longitudes and 1 latitudes; each position needs all three");
  }

  @Test
  void readingPastTheEndIsRefused() {
    Track track = Track.builder(WORKER, CoordinateSystem.WGS84).build();
    assertThat(track).hasToString("Track[bp-0042, WGS84, empty]");
    assertThatThrownBy(() -> track.longitude(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
