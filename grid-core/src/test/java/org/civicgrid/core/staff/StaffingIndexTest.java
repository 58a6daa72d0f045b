package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.staff.TongnanTeam.JAN_1;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.junit.jupiter.api.Test;

class StaffingIndexTest {
  private static final GridHierarchy FUXIN = FuxinGrids.hierarchy();

  @Test
  void aGridsAssignmentsAreInCatalogueOrderThenByStartThenByPerson() {
    Assignment volunteerLate = Assignment.of(PersonId.of("p-a"), CHANGYUAN, Roles.VOLUNTEER.id(),
        Period.from(JAN_1.plusDays(5)));
    Assignment volunteerB = Assignment.of(PersonId.of("p-b"), CHANGYUAN, Roles.VOLUNTEER.id(), Period.from(JAN_1));
    Assignment volunteerA = Assignment.of(PersonId.of("p-a"), CHANGYUAN, Roles.VOLUNTEER.id(), Period.from(JAN_1));
    Assignment leader = Assignment.of(PersonId.of("p-c"), CHANGYUAN, Roles.GRID_LEADER.id(), Period.from(JAN_1));

    StaffingIndex index = StaffingIndex.of(FUXIN, RoleCatalogues.tongnan(),
        List.of(volunteerLate, volunteerB, leader, volunteerA), List.of(), null);

    assertThat(index.byGrid.get(CHANGYUAN).values()).containsExactly(leader, volunteerA, volunteerB, volunteerLate);
    assertThat(index.byPerson.get(PersonId.of("p-a"))).containsExactly(volunteerLate, volunteerA);
  }

  @Test
  void gridsByLevelAreDepthFirstAndReusedWhenOnlyStaffChanges() {
    StaffingIndex first = StaffingIndex.of(FUXIN, RoleCatalogues.tongnan(), ImmutableList.of(), List.of(), null);
    StaffingIndex next = StaffingIndex.of(FUXIN, RoleCatalogues.tongnan(), TongnanTeam.assignments(), List.of(), first);

    assertThat(first.gridsByLevel.get("hamlet")).extracting(g -> g.code())
        .containsExactly(FuxinGrids.HAMLET_1, FuxinGrids.HAMLET_2);
    assertThat(next.gridsByLevel).isSameAs(first.gridsByLevel);
  }
}
