package org.civicgrid.geo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.CompoundBlocks;
import org.junit.jupiter.api.Test;

class PlaceLocationsTest {
  @Test
  void findsWhereEachPlaceStands() {
    PlaceLocations locations = PlaceLocations.of(CoordinateSystem.WGS84, CompoundBlocks.buildingLocations());
    assertThat(locations.location("SW-A")).contains(GeoPoint.wgs84(121.602, 42.001));
    assertThat(locations.location("SE-1-1")).isEmpty();
    assertThat(locations.size()).isEqualTo(5);
    assertThat(locations.system()).isEqualTo(CoordinateSystem.WGS84);
  }

  @Test
  void refusesAPlaceInAnotherCoordinateSystem() {
    assertThatThrownBy(() -> PlaceLocations.of(CoordinateSystem.WGS84,
        Map.of("SW-A", GeoPoint.gcj02(121.602, 42.001))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SW-A").hasMessageContaining("GCJ02");
  }
}
