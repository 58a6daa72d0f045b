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

    StaffingIndex index = StaffingIndex.of(FUXIN, RoleCatalogues.tongnan(), List.of(),
        List.of(volunteerLate, volunteerB, leader, volunteerA), List.of(), null);

    assertThat(index.posts(CHANGYUAN)).containsExactly(leader, volunteerA, volunteerB, volunteerLate);
    assertThat(index.assignmentsOf(PersonId.of("p-a"))).containsExactly(volunteerLate, volunteerA);
    assertThat(index.posts(FuxinGrids.XINHUA)).isEmpty();
  }

  @Test
  void effectiveAssignmentsOfOneRoleOrOfAll() {
    Assignment old = Assignment.of(PersonId.of("p-a"), CHANGYUAN, Roles.GRID_LEADER.id(),
        Period.of(JAN_1, TongnanTeam.CHANGE_DAY));
    Assignment worker = Assignment.of(PersonId.of("p-b"), CHANGYUAN, Roles.FULL_TIME_WORKER.id(), Period.from(JAN_1));

    assertThat(StaffingIndex.effective(List.of(old, worker), Roles.GRID_LEADER.id(), JAN_1)).containsExactly(old);
    assertThat(StaffingIndex.effective(List.of(old, worker), null, TongnanTeam.CHANGE_DAY)).containsExactly(worker);
  }

  @Test
  void repeatedMemberIdsKeepTheFirstAndListTheRest() {
    StaffMember first = StaffMember.builder("p-a", "甲", Employment.VOLUNTEER).build();
    StaffMember second = StaffMember.builder("p-a", "乙", Employment.VOLUNTEER).build();

    StaffingIndex index = StaffingIndex.of(FUXIN, RoleCatalogues.tongnan(), List.of(first, second), List.of(),
        List.of(), null);

    assertThat(index.members).containsEntry(PersonId.of("p-a"), first);
    assertThat(index.duplicateMembers).containsExactly(second);
  }

  @Test
  void gridsByLevelAreDepthFirstAndReusedWhenOnlyStaffChanges() {
    StaffingIndex first = StaffingIndex.of(FUXIN, RoleCatalogues.tongnan(), List.of(), ImmutableList.of(), List.of(),
        null);
    StaffingIndex next = StaffingIndex.of(FUXIN, RoleCatalogues.tongnan(), TongnanTeam.members(),
        TongnanTeam.assignments(), List.of(), first);

    assertThat(first.gridsByLevel.get("hamlet")).extracting(g -> g.code())
        .containsExactly(FuxinGrids.HAMLET_1, FuxinGrids.HAMLET_2);
    assertThat(next.gridsByLevel).isSameAs(first.gridsByLevel);
  }
}
