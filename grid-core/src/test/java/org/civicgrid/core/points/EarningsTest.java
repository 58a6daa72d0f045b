package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.points.MoralBank.BUILDING_LEADER;
import static org.civicgrid.core.points.MoralBank.UNIT_LEADER;
import static org.civicgrid.core.points.MoralBank.VOLUNTEER;

import java.util.List;
import org.junit.jupiter.api.Test;

class EarningsTest {
  @Test
  void ranksMostPointsFirstAndEqualPointsByPersonId() {
    List<Earnings> ranked = List.of(
            new Earnings(VOLUNTEER, 12), new Earnings(UNIT_LEADER, 30), new Earnings(BUILDING_LEADER, 12))
        .stream().sorted(Earnings.RANKING).toList();
    assertThat(ranked).extracting(Earnings::person).containsExactly(UNIT_LEADER, BUILDING_LEADER, VOLUNTEER);
  }
}
