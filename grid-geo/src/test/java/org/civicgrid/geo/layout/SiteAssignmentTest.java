package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class SiteAssignmentTest {
  private static Geometry square(double minEast, double minNorth) {
    return SquareLayouts.FACTORY.toGeometry(new Envelope(minEast, minEast + 100, minNorth, minNorth + 100));
  }

  @Test
  void aSiteOnASharedEdgeGoesToTheLowestCodeWhateverTheOrder() {
    List<HouseholdSite> sites = List.of(new HouseholdSite(50, 50, 1), new HouseholdSite(100, 50, 2),
        new HouseholdSite(300, 50, 3), new HouseholdSite(150, 50, 4), new HouseholdSite(400, 50, 5));

    SiteAssignment assignment = SiteAssignment.of(List.of(SquareLayouts.NE, SquareLayouts.NW),
        List.of(square(100, 0), square(0, 0)), sites);

    assertThat(assignment.gridOf).containsExactly(1, 1, -1, 0, -1);
    assertThat(assignment.outsideSites).isEqualTo(2);
    assertThat(assignment.outsideHouseholds).isEqualTo(8);
    assertThat(assignment.firstOutside).isEqualTo(2);
  }

  @Test
  void noSitesNoneOutside() {
    SiteAssignment assignment = SiteAssignment.of(List.of(SquareLayouts.NW), List.of(square(0, 0)), List.of());

    assertThat(assignment.gridOf).isEmpty();
    assertThat(assignment.firstOutside).isEqualTo(-1);
  }
}
