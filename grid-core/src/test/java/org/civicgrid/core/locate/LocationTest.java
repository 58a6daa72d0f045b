package org.civicgrid.core.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicgrid.core.code.GridCode;
import org.junit.jupiter.api.Test;

class LocationTest {
  private static final GeoPoint POINT = GeoPoint.wgs84(121.65, 42.01);
  private static final GridCode LEAF = GridCode.of("210902001001001001");
  private static final GridCode PARENT = GridCode.of("210902001001001");

  @Test
  void insideHasTheLeafFirst() {
    Location l = Location.inside(POINT, List.of(LEAF, PARENT));
    assertThat(l.leaf()).contains(LEAF);
    assertThat(l.isCovered()).isTrue();
    assertThat(l.status()).isEqualTo(Location.Status.INSIDE);
  }

  @Test
  void uncoveredNamesTheNearestGridAndDistance() {
    Location l = Location.uncovered(POINT, LEAF, 42.5);
    assertThat(l.leaf()).isEmpty();
    assertThat(l.isCovered()).isFalse();
    assertThat(l.nearest()).contains(LEAF);
    assertThat(l.distanceMetres()).hasValue(42.5);
    assertThatThrownBy(() -> Location.uncovered(POINT, LEAF, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlapListsTheOtherGrids() {
    GridCode other = GridCode.of("210902001001001002");
    Location l = Location.overlap(POINT, List.of(LEAF, PARENT), List.of(other));
    assertThat(l.overlapping()).containsExactly(other);
    assertThatThrownBy(() -> Location.overlap(POINT, List.of(LEAF), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statusAndGridsMustAgree() {
    assertThatThrownBy(() -> new Location(POINT, Location.Status.UNCOVERED, List.of(LEAF), List.of(),
        Optional.empty(), OptionalDouble.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.inside(POINT, List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pointsRejectImpossibleCoordinates() {
    assertThatThrownBy(() -> GeoPoint.wgs84(Double.NaN, 0)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> GeoPoint.wgs84(181, 0)).hasMessageContaining("181");
    assertThatThrownBy(() -> GeoPoint.wgs84(0, -90.5)).hasMessageContaining("-90.5");
    assertThatThrownBy(() -> new GeoPoint(0, 0, null)).isInstanceOf(NullPointerException.class);
    assertThat(GeoPoint.gcj02(121.6, 42.0).system()).isEqualTo(CoordinateSystem.GCJ02);
  }
}
