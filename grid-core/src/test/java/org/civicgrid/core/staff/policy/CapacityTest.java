package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.civicgrid.core.staff.BeipiaoGrids.GRID_1;
import static org.civicgrid.core.staff.BeipiaoGrids.GRID_2;

import org.civicgrid.core.report.Finding;
import org.civicgrid.core.staff.BeipiaoGrids;
import org.civicgrid.core.staff.Roles;
import org.junit.jupiter.api.Test;

class CapacityTest {

  @Test
  void aGridWithMoreHouseholdsThanItsWorkersServeNeedsMore() {
    Capacity twoHundredEach = Capacity.of(Roles.FULL_TIME_WORKER.id(), 200);

    assertThat(OneRule.gaps(BeipiaoGrids.staffing(), twoHundredEach, "grid").findings())
        .extracting(Finding::subject, Finding::message).containsExactly(
            tuple(GRID_1.value(), "舍宅第一网格 (211381001001001) has 300 households "
                + "and 1 full-time-worker; at most 200 per holder needs 2"),
            tuple(GRID_2.value(), "舍宅第二网格 (211381001001002) has 290 households "
                + "and 1 full-time-worker; at most 200 per holder needs 2"));
  }

  @Test
  void householdsAreRolledUpFromTheGridsBelow() {
    assertThat(OneRule.gaps(BeipiaoGrids.staffing(), Capacity.of(Roles.CHIEF_GRID_LEADER.id(), 500), "community")
        .findings()).singleElement().extracting(Finding::message)
        .isEqualTo("舍宅社区 (211381001001) has 590 households and 1 chief-grid-leader; at most 500 per holder needs 2");
  }

  @Test
  void aGridWithoutHouseholdsNeedsNoHolder() {
    Capacity capacity = Capacity.of(Roles.FULL_TIME_WORKER.id(), 300);

    assertThat(capacity.holdersNeeded(0)).isZero();
    assertThat(capacity.holdersNeeded(300)).isEqualTo(1);
    assertThat(capacity.holdersNeeded(301)).isEqualTo(2);
    assertThat(capacity).hasToString("at most 300 households per full-time-worker");
  }

  @Test
  void lessThanOneHouseholdPerHolderIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Capacity.of(Roles.FULL_TIME_WORKER.id(), 0))
        .withMessage("capacity of full-time-worker: 0 households per holder, must be at least 1");
  }
}
