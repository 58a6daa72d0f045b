package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicgrid.core.staff.BeipiaoGrids.GRID_1;

import org.civicgrid.core.report.Finding;
import org.civicgrid.core.staff.BeipiaoGrids;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.junit.jupiter.api.Test;

class SameHolderTest {
  private static final SameHolder YI_JIAN_TIAO = SameHolder.of(Roles.GRID_LEADER.id(),
      Roles.PARTY_BRANCH_SECRETARY.id());
  private static final PersonId GAO_FENG = PersonId.of("bp-02");

  @Test
  void beipiaosGridLeadersAreTheirBranchSecretaries() {
    assertThat(OneRule.gaps(BeipiaoGrids.staffing(), YI_JIAN_TIAO).findings()).isEmpty();
  }

  @Test
  void aVacantSecondPostIsAGapOfTheFirstPostsHolder() {
    Staffing staffing = Edits.without(BeipiaoGrids.staffing(), GAO_FENG, GRID_1, Roles.PARTY_BRANCH_SECRETARY);

    assertThat(OneRule.gaps(staffing, YI_JIAN_TIAO).findings()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(GRID_1.value());
      assertThat(f.message()).isEqualTo("高峰 (bp-02) is grid-leader of 舍宅第一网格 (211381001001001) but not "
          + "party-branch-secretary, which nobody holds");
    });
  }

  @Test
  void aGridWithNeitherPostHasNoGapHere() {
    Staffing staffing = Edits.without(Edits.without(BeipiaoGrids.staffing(), GAO_FENG, GRID_1,
        Roles.PARTY_BRANCH_SECRETARY), GAO_FENG, GRID_1, Roles.GRID_LEADER);

    assertThat(OneRule.gaps(staffing, YI_JIAN_TIAO).findings()).extracting(Finding::subject).isEmpty();
  }

  @Test
  void saysTheRequirement() {
    assertThat(YI_JIAN_TIAO).hasToString("one person holds both grid-leader and party-branch-secretary");
  }

  @Test
  void oneRoleTwiceIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> SameHolder.of(Roles.GRID_LEADER.id(),
        Roles.GRID_LEADER.id())).withMessage("same holder of grid-leader and grid-leader: name two different roles");
  }
}
