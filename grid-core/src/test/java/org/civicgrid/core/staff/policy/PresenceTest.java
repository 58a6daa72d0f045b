package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.staff.BeipiaoGrids.GRID_1;
import static org.civicgrid.core.staff.BeipiaoGrids.GRID_2;
import static org.civicgrid.core.staff.BeipiaoGrids.SHEZE;

import org.civicgrid.core.place.PlaceKind;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.BeipiaoGrids;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.junit.jupiter.api.Test;

class PresenceTest {
  private static final Presence UNIT_LEADERS = Presence.atEvery(PlaceKind.UNIT, Roles.UNIT_LEADER.id());
  private static final Presence BUILDING_LEADERS = Presence.atEvery(PlaceKind.BUILDING, Roles.BUILDING_LEADER.id());
  private static final PersonId PENG = PersonId.of("bp-08");
  private static final PersonId JIANG = PersonId.of("bp-09");

  @Test
  void beipiaosBuildingsAndUnitsAllHaveTheirLeaders() {
    assertThat(OneRule.gaps(BeipiaoGrids.staffing(), UNIT_LEADERS).findings()).isEmpty();
    assertThat(OneRule.gaps(BeipiaoGrids.staffing(), BUILDING_LEADERS).findings()).isEmpty();
  }

  @Test
  void aUnitWithoutItsLeaderIsNamed() {
    Staffing staffing = Edits.without(BeipiaoGrids.staffing(), PENG, GRID_1, Roles.UNIT_LEADER);

    assertThat(OneRule.gaps(staffing, UNIT_LEADERS).findings()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(GRID_1.value());
      assertThat(f.message()).isEqualTo("no unit-leader at unit B1-2 1号楼2单元 of 舍宅第一网格 (211381001001001)");
    });
  }

  @Test
  void anAssignmentInTheGridAboveNamingTheBuildingCoversIt() {
    Staffing staffing = Edits.without(BeipiaoGrids.staffing(), JIANG, GRID_2, Roles.BUILDING_LEADER)
        .with(Assignment.of(JIANG, SHEZE, Roles.BUILDING_LEADER.id(), Period.from(BeipiaoGrids.SINCE)).atPlace("B2"));

    assertThat(OneRule.gaps(staffing, BUILDING_LEADERS).findings()).isEmpty();
  }

  @Test
  void aHolderAtAnotherPlaceDoesNotCoverTheBuilding() {
    Staffing staffing = Edits.without(BeipiaoGrids.staffing(), JIANG, GRID_2, Roles.BUILDING_LEADER)
        .with(Assignment.of(JIANG, GRID_1, Roles.BUILDING_LEADER.id(), Period.from(BeipiaoGrids.SINCE)).atPlace("B1"));

    assertThat(OneRule.gaps(staffing, BUILDING_LEADERS).findings()).extracting(Finding::subject)
        .containsExactly(GRID_2.value());
  }

  @Test
  void saysTheRequirement() {
    assertThat(BUILDING_LEADERS).hasToString("a building-leader at every building");
    assertThat(Presence.atEvery(PlaceKind.HOUSEHOLD_GROUP, Roles.VOLUNTEER.id()))
        .hasToString("a volunteer at every household group");
  }
}
