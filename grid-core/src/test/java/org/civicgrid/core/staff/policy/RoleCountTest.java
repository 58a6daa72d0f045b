package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.staff.BeipiaoGrids.GRID_1;
import static org.civicgrid.core.staff.TongnanTeam.JAN_1;

import java.util.OptionalInt;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.BeipiaoGrids;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.TongnanTeam;
import org.junit.jupiter.api.Test;

class RoleCountTest {
  private static final Staffing TONGNAN = TongnanTeam.staffing();

  @Test
  void saysTheCountInAFewWords() {
    assertThat(RoleCount.exactly(Roles.GRID_LEADER.id(), 1)).hasToString("exactly 1 grid-leader");
    assertThat(RoleCount.atLeast(Roles.FULL_TIME_WORKER.id(), 1)).hasToString("at least 1 full-time-worker");
    assertThat(RoleCount.atMost(Roles.VOLUNTEER.id(), 5)).hasToString("at most 5 volunteer");
    assertThat(RoleCount.between(Roles.PART_TIME_WORKER.id(), 1, 2)).hasToString("1 to 2 part-time-worker");
    assertThat(RoleCount.exactly(Roles.GRID_LEADER.id(), 0)).hasToString("exactly 0 grid-leader");
  }

  @Test
  void allowsCountsWithinItsBounds() {
    RoleCount zeroToTwo = RoleCount.between(Roles.PART_TIME_WORKER.id(), 0, 2);

    assertThat(zeroToTwo.allows(0)).isTrue();
    assertThat(zeroToTwo.allows(2)).isTrue();
    assertThat(zeroToTwo.allows(3)).isFalse();
    assertThat(RoleCount.atLeast(Roles.VOLUNTEER.id(), 1).allows(1_000)).isTrue();
  }

  @Test
  void aGridWithTooManyHoldersNamesThem() {
    Staffing crowded = TONGNAN
        .with(Assignment.of(TongnanTeam.SUN_HAO, CHANGYUAN, Roles.PART_TIME_WORKER.id(), Period.from(JAN_1)))
        .with(Assignment.of(TongnanTeam.MA_CHAO, CHANGYUAN, Roles.PART_TIME_WORKER.id(), Period.from(JAN_1)));

    assertThat(OneRule.gaps(crowded, RoleCount.between(Roles.PART_TIME_WORKER.id(), 0, 2), "community").findings())
        .singleElement().extracting(Finding::message).isEqualTo("长源社区 (210902001001) has 3 part-time-worker "
            + "(赵磊 (p-004), 孙浩 (p-012), 马超 (p-013)); needs at most 2 part-time-worker");
  }

  @Test
  void exactlyNoneForbidsARoleAtALevel() {
    assertThat(OneRule.gaps(TONGNAN, RoleCount.exactly(Roles.POWER_STAFF.id(), 0), "community").findings())
        .singleElement().extracting(Finding::subject).isEqualTo(CHANGYUAN.value());
  }

  @Test
  void holdersAreCountedAsPeopleSoOneUnitLeaderOfTwoUnitsIsOne() {
    Staffing oneForBoth = Edits.without(BeipiaoGrids.staffing(), PersonId.of("bp-08"), GRID_1, Roles.UNIT_LEADER)
        .with(Assignment.of(PersonId.of("bp-07"), GRID_1, Roles.UNIT_LEADER.id(), Period.from(BeipiaoGrids.SINCE))
            .atPlace("B1-2"));

    assertThat(OneRule.gaps(oneForBoth, RoleCount.exactly(Roles.UNIT_LEADER.id(), 1), "grid").findings())
        .extracting(Finding::subject).containsExactly(BeipiaoGrids.GRID_2.value());
  }

  @Test
  void aNegativeMinimumIsRefusedNamingTheRole() {
    assertThatIllegalArgumentException().isThrownBy(() -> RoleCount.atLeast(Roles.VOLUNTEER.id(), -1))
        .withMessage("count of volunteer: negative minimum -1");
  }

  @Test
  void aMaximumBelowTheMinimumIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> RoleCount.between(Roles.VOLUNTEER.id(), 3, 2))
        .withMessage("count of volunteer: maximum 2 below minimum 3");
  }

  @Test
  void aCountThatRequiresNothingIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RoleCount(Roles.VOLUNTEER.id(), 0, OptionalInt.empty()))
        .withMessage("count of volunteer requires nothing: minimum 0 and no maximum");
  }
}
