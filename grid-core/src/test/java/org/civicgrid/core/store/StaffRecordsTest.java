package org.civicgrid.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.store.CompoundStaff.CHANGE_DAY;
import static org.civicgrid.core.store.CompoundStaff.COMPOUND;
import static org.civicgrid.core.store.CompoundStaff.LI_LEADS;
import static org.civicgrid.core.store.CompoundStaff.WANG_TRAINING;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_LEADS;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_MOBILE;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_ON_LEAVE;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_WEI;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.InvalidStaffingException;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.StaffingRule;
import org.junit.jupiter.api.Test;

class StaffRecordsTest {
  private static final TerritoryId HAIZHOU = TerritoryId.of("fuxin-haizhou");

  private static StaffRecords compound() {
    return StaffRecords.create(HAIZHOU, CompoundStaff.everything());
  }

  @Test
  void keepsEverythingInKeyOrderWhateverOrderItCameIn() {
    StaffRecords records = StaffRecords.of(HAIZHOU, 1, CompoundStaff.roles(), CompoundStaff.members().reverse(),
        CompoundStaff.assignments().reverse(), CompoundStaff.absences().reverse());

    assertThat(records).isEqualTo(compound());
    assertThat(records.members()).extracting(StaffMember::id).isSorted();
    assertThat(records.assignments()).extracting(AssignmentKey::of).isSorted();
    assertThat(records.absences()).containsExactly(ZHANG_ON_LEAVE, CompoundStaff.LI_SECONDED, WANG_TRAINING);
  }

  @Test
  void refusesTwoRecordsWithOneKey() {
    StaffMember twin = StaffMember.builder(ZHANG_WEI.value(), "张伟 (2)", Employment.VOLUNTEER).build();
    assertThatThrownBy(() -> StaffRecords.of(HAIZHOU, 1, CompoundStaff.roles(),
        ImmutableList.<StaffMember>builder().addAll(CompoundStaff.members()).add(twin).build(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("member " + ZHANG_WEI + " appears twice");
    assertThatThrownBy(() -> StaffRecords.of(HAIZHOU, 1, CompoundStaff.roles(), List.of(),
        List.of(ZHANG_LEADS, ZHANG_LEADS.endingBefore(CHANGE_DAY.minusDays(1))), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(AssignmentKey.of(ZHANG_LEADS).toString());
    assertThatThrownBy(() -> StaffRecords.of(HAIZHOU, 1, CompoundStaff.roles(), List.of(), List.of(),
        List.of(ZHANG_ON_LEAVE, Absence.openEnded(ZHANG_WEI, ZHANG_ON_LEAVE.from(), "training"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absence " + ZHANG_WEI);
    assertThatThrownBy(() -> StaffRecords.of(HAIZHOU, 0, CompoundStaff.roles(), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(HAIZHOU.value());
  }

  @Test
  void appliesChangesToACopyAtTheNextVersion() {
    StaffRecords before = compound();
    StaffRecords after = before.apply(List.of(
        new StaffChange.EndAssignment(AssignmentKey.of(LI_LEADS), CHANGE_DAY.plusYears(1)),
        new StaffChange.RemoveAbsence(ZHANG_WEI, ZHANG_ON_LEAVE.from()),
        new StaffChange.PutRoles(RoleCatalogues.fuxin())));

    assertThat(after.version()).isEqualTo(2);
    assertThat(after.assignments()).contains(LI_LEADS.endingBefore(CHANGE_DAY.plusYears(1)))
        .doesNotContain(LI_LEADS);
    assertThat(after.absences()).doesNotContain(ZHANG_ON_LEAVE).hasSize(2);
    assertThat(after.roles()).isEqualTo(RoleCatalogues.fuxin());
    assertThat(before).isEqualTo(compound());
  }

  @Test
  void anEndingKeepsEverythingElseOfTheAssignment() {
    StaffRecords after = compound().apply(List.of(new StaffChange.EndAssignment(AssignmentKey.of(ZHANG_LEADS),
        CHANGE_DAY.plusDays(10))));
    assertThat(after.assignments()).contains(ZHANG_LEADS.endingBefore(CHANGE_DAY.plusDays(10)));
    assertThat(after.assignments()).filteredOn(a -> a.person().equals(ZHANG_WEI)).singleElement()
        .satisfies(a -> assertThat(a.backup()).isEqualTo(ZHANG_LEADS.backup()));
  }

  @Test
  void aRefusedChangeNamesWhatItMissedAndLeavesTheRecordsAlone() {
    StaffRecords records = compound();
    AssignmentKey unknown = AssignmentKey.of(ZHANG_LEADS.atPlace("B1"));
    assertThatThrownBy(() -> records.apply(List.of(new StaffChange.RemoveAssignment(AssignmentKey.of(ZHANG_LEADS)),
        new StaffChange.RemoveAssignment(unknown))))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining(HAIZHOU.value()).hasMessageContaining(unknown.toString());
    assertThatThrownBy(() -> records.apply(List.of(StaffChange.RemoveAbsence.of(ZHANG_ON_LEAVE),
        StaffChange.RemoveAbsence.of(ZHANG_ON_LEAVE))))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("no absence of " + ZHANG_WEI + " from " + ZHANG_ON_LEAVE.from());
    assertThatThrownBy(() -> records.apply(List.of(new StaffChange.AddAbsence(ZHANG_ON_LEAVE))))
        .isInstanceOfSatisfying(CivicGridException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE))
        .hasMessageContaining("absence of " + ZHANG_WEI);
    assertThat(records).isEqualTo(compound());
  }

  @Test
  void aFirstWriteNeedsRolesAndEveryWriteAChange() {
    assertThatThrownBy(() -> StaffRecords.create(HAIZHOU, CompoundStaff.everything().subList(1, 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PutRoles");
    assertThatThrownBy(() -> StaffRecords.create(HAIZHOU, List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(HAIZHOU.value());
    assertThatThrownBy(() -> compound().apply(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checksIntoAStaffingOverAHierarchy() {
    assertThat(compound().toStaffing(CompoundStaff.hierarchy()).holders(COMPOUND,
        ZHANG_LEADS.role(), CHANGE_DAY.minusDays(1))).containsExactly(ZHANG_WEI);
    GridHierarchy withoutTheCompound = GridHierarchy.of(LevelSchemes.fuxin(),
        List.of(GridNode.of("210902", "海州区", "county", null)), List.of());
    assertThatThrownBy(() -> compound().toStaffing(withoutTheCompound))
        .isInstanceOfSatisfying(InvalidStaffingException.class, e -> assertThat(e.report().of(StaffingRule.UNKNOWN_GRID))
            .isNotEmpty())
        .hasMessageContaining(COMPOUND.value());
  }

  @Test
  void showsCountsNeverContacts() {
    assertThat(compound()).hasToString(
        "StaffRecords[territory fuxin-haizhou, version 1, catalogue fuxin, 6 members, 7 assignments, 3 absences]");
    assertThat(compound().toString()).doesNotContain(ZHANG_MOBILE);
  }
}
