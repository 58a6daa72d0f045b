package org.civicgrid.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChinaOffsetsTest {
  private final double[] out = new double[2];

  @Test
  void aPointInsideTheEastEdgeThatTheOffsetPushesOutsideStillComesBack() {
    ChinaOffsets.wgs84ToGcj02(137.834, 40.0, out);
    assertThat(ChinaOffsets.outOfChina(out[0], out[1])).isTrue();
    ChinaOffsets.gcj02ToWgs84(out[0], out[1], out);
    assertThat(out[0]).isCloseTo(137.834, within(1e-9));
    assertThat(out[1]).isCloseTo(40.0, within(1e-9));
  }

  @Test
  void aPointOnTheRectanglesCornerMakesTheRoundTripExactly() {
    ChinaOffsets.wgs84ToGcj02(ChinaOffsets.MAX_LON, ChinaOffsets.MAX_LAT, out);
    ChinaOffsets.gcj02ToWgs84(out[0], out[1], out);
    assertThat(out).containsExactly(ChinaOffsets.MAX_LON, ChinaOffsets.MAX_LAT);
  }

  @Test
  void aGcj02PointFarOutsideIsItsOwnWgs84Point() {
    ChinaOffsets.gcj02ToWgs84(139.6917, 35.6895, out);
    assertThat(out).containsExactly(139.6917, 35.6895);
  }

  @Test
  void theRectangleIsThePublishedOne() {
    assertThat(ChinaOffsets.outOfChina(72.003, 30)).isTrue();
    assertThat(ChinaOffsets.outOfChina(72.004, 30)).isFalse();
    assertThat(ChinaOffsets.outOfChina(137.8347, 55.8271)).isFalse();
    assertThat(ChinaOffsets.outOfChina(137.8348, 30)).isTrue();
    assertThat(ChinaOffsets.outOfChina(110, 0.8292)).isTrue();
    assertThat(ChinaOffsets.outOfChina(110, 55.8272)).isTrue();
  }

  @Test
  void theBd09InverseClosesTheRoundTripToATenthOfAMillimetre() {
    ChinaOffsets.gcj02ToBd09(121.65, 42.0, out);
    double bdLon = out[0];
    double bdLat = out[1];
    ChinaOffsets.bd09ToGcj02(bdLon, bdLat, out);
    assertThat(Geodesy.distanceMetres(out[0], out[1], 121.65, 42.0)).isLessThan(1e-4);
  }
}
