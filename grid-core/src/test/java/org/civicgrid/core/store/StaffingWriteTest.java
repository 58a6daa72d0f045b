package org.civicgrid.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.store.CompoundStaff.CHANGE_DAY;
import static org.civicgrid.core.store.CompoundStaff.COMPOUND;
import static org.civicgrid.core.store.CompoundStaff.GRID_1;
import static org.civicgrid.core.store.CompoundStaff.LI_LEADS;
import static org.civicgrid.core.store.CompoundStaff.WANG_FANG;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_LEADS;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_MOBILE;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_ON_LEAVE;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_WEI;

import java.time.LocalDate;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.spi.CapturedLog;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.InvalidStaffingException;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.StaffingRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StaffingWriteTest {
  private static final TerritoryId HAIZHOU = TerritoryId.of("fuxin-haizhou");
  private static final GridHierarchy HIERARCHY = CompoundStaff.hierarchy();
  private static final LocalDate NEXT_YEAR = CHANGE_DAY.plusYears(1);

  private final Storage storage = new InMemoryStorageFactory().create(Config.empty());
  private final StaffStore store = storage.staff();

  @AfterEach
  void close() {
    storage.close();
  }

  private StaffRecords stored() {
    return StaffingWrite.create(HAIZHOU, CompoundStaff.roles())
        .changes(CompoundStaff.everything().subList(1, CompoundStaff.everything().size()))
        .commit(store, HIERARCHY).records();
  }

  private static void assertInvalid(StaffingWrite write, StaffingRule rule, String named) {
    assertThatThrownBy(() -> write.check(HIERARCHY))
        .isInstanceOfSatisfying(InvalidStaffingException.class,
            e -> assertThat(e.report().findings()).extracting(f -> f.rule()).containsExactly(rule))
        .hasMessageContaining(named);
  }

  @Test
  void createsATerritoryCheckedAgainstItsHierarchy() {
    StaffingWrite.Written written = StaffingWrite.create(HAIZHOU, CompoundStaff.roles())
        .changes(CompoundStaff.everything().subList(1, CompoundStaff.everything().size()))
        .commit(store, HIERARCHY);

    assertThat(written.records()).isEqualTo(StaffRecords.create(HAIZHOU, CompoundStaff.everything()));
    assertThat(store.load(HAIZHOU)).contains(written.records());
    assertThat(written.staffing().holders(COMPOUND, Roles.GRID_LEADER.id(), CHANGE_DAY.minusDays(1)))
        .containsExactly(ZHANG_WEI);
    assertThat(written.staffing().isAbsent(ZHANG_WEI, ZHANG_ON_LEAVE.from())).isTrue();
  }

  @Test
  void handsAPostOverOnTheChangeDay() {
    Assignment wang = Assignment.of(WANG_FANG, COMPOUND, Roles.GRID_LEADER.id(), Period.from(NEXT_YEAR));
    Staffing after = StaffingWrite.on(stored()).end(LI_LEADS, NEXT_YEAR).assign(wang).commit(store, HIERARCHY)
        .staffing();

    assertThat(after.holders(COMPOUND, Roles.GRID_LEADER.id(), NEXT_YEAR.minusDays(1))).containsExactly(LI_LEADS.person());
    assertThat(after.holders(COMPOUND, Roles.GRID_LEADER.id(), NEXT_YEAR)).containsExactly(WANG_FANG);
    assertThat(store.assignmentsIn(HAIZHOU, COMPOUND)).contains(LI_LEADS.endingBefore(NEXT_YEAR), wang);
    assertThat(store.version(HAIZHOU)).isEqualTo(2);
  }

  @Test
  void refusesAnAssignmentToAnUnknownGridOrRoleAndWritesNothing() {
    StaffRecords read = stored();
    GridCode nowhere = GridCode.of("210902001001001009");
    assertInvalid(StaffingWrite.on(read).assign(Assignment.of(WANG_FANG, nowhere, Roles.VOLUNTEER.id(),
        Period.from(CHANGE_DAY))), StaffingRule.UNKNOWN_GRID, nowhere.value());
    assertInvalid(StaffingWrite.on(read).assign(Assignment.of(WANG_FANG, GRID_1, RoleId.of("fuxin.night-watch"),
        Period.from(CHANGE_DAY))), StaffingRule.UNKNOWN_ROLE, "fuxin.night-watch");
    StaffingWrite unknownGrid = StaffingWrite.on(read).assign(Assignment.of(WANG_FANG, nowhere, Roles.VOLUNTEER.id(),
        Period.from(CHANGE_DAY)));
    assertThatThrownBy(() -> unknownGrid.commit(store, HIERARCHY)).isInstanceOf(InvalidStaffingException.class);
    assertThat(store.load(HAIZHOU)).contains(read);
  }

  @Test
  void refusesTwoGridLeadersAtOnce() {
    assertInvalid(StaffingWrite.on(stored()).assign(Assignment.of(WANG_FANG, COMPOUND, Roles.GRID_LEADER.id(),
        Period.from(NEXT_YEAR))), StaffingRule.SINGLE_HOLDER_OVERLAP, COMPOUND.value());
  }

  @Test
  void refusesACatalogueThatDropsARoleInUse() {
    assertInvalid(StaffingWrite.on(stored()).roles(RoleCatalogues.fuxin()), StaffingRule.UNKNOWN_ROLE,
        CompoundStaff.PROPERTY_LIAISON.id().value());
  }

  @Test
  void refusesAChangeThatCannotBeAppliedBeforeCheckingAnything() {
    StaffRecords read = stored();
    StaffingWrite write = StaffingWrite.on(read).end(ZHANG_LEADS.atPlace("B1"), CHANGE_DAY);
    assertThatThrownBy(() -> write.check(HIERARCHY))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("B1");
    assertThatThrownBy(() -> StaffingWrite.on(read).commit(store, HIERARCHY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one change");
    assertThat(store.version(HAIZHOU)).isEqualTo(1);
  }

  @Test
  void aWriteThatLostARaceIsReplayedOntoAFreshRead() {
    StaffRecords read = stored();
    StaffingWrite mine = StaffingWrite.on(read).end(LI_LEADS, NEXT_YEAR);
    StaffingWrite.on(read).remove(ZHANG_ON_LEAVE).commit(store, HIERARCHY);

    assertThatThrownBy(() -> mine.commit(store, HIERARCHY)).isInstanceOf(VersionConflictException.class);
    StaffRecords retried = StaffingWrite.on(store.load(HAIZHOU).orElseThrow()).changes(mine.changes())
        .commit(store, HIERARCHY).records();
    assertThat(retried.version()).isEqualTo(3);
    assertThat(retried.absences()).doesNotContain(ZHANG_ON_LEAVE);
    assertThat(retried.assignments()).contains(LI_LEADS.endingBefore(NEXT_YEAR));
  }

  @Test
  void checkingWritesNothing() {
    StaffRecords read = stored();
    StaffingWrite write = StaffingWrite.on(read).remove(LI_LEADS);
    assertThat(write.check(HIERARCHY).assignments()).doesNotContain(LI_LEADS);
    assertThat(write.expectedVersion()).isEqualTo(1);
    assertThat(write.territory()).isEqualTo(HAIZHOU);
    assertThat(write.changes()).containsExactly(new StaffChange.RemoveAssignment(AssignmentKey.of(LI_LEADS)));
    assertThat(store.load(HAIZHOU)).contains(read);
  }

  @Test
  void aNewTerritoryStartsWithItsCatalogue() {
    StaffingWrite write = StaffingWrite.create(HAIZHOU, CompoundStaff.roles());
    assertThat(write.expectedVersion()).isZero();
    assertThat(write.changes()).containsExactly(new StaffChange.PutRoles(CompoundStaff.roles()));
    assertThat(write.commit(store, HIERARCHY).staffing().members()).isEmpty();
    assertThatThrownBy(() -> StaffingWrite.create(HAIZHOU, CompoundStaff.roles()).commit(store, HIERARCHY))
        .isInstanceOf(VersionConflictException.class).hasMessageContaining(HAIZHOU.value());
  }

  @Test
  void logsTheWriteWithoutContacts() {
    String logged;
    try (CapturedLog log = CapturedLog.start()) {
      stored();
      logged = log.text();
    }
    assertThat(logged).contains("staff of territory " + HAIZHOU + ": 17 change(s) written as version 1")
        .doesNotContain(ZHANG_MOBILE);
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> StaffingWrite.on(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StaffingWrite.create(null, CompoundStaff.roles())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StaffingWrite.create(HAIZHOU, null)).isInstanceOf(NullPointerException.class);
    StaffingWrite write = StaffingWrite.on(stored());
    assertThatThrownBy(() -> write.put(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> write.end(LI_LEADS, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> write.changes((List<StaffChange>) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> write.commit(null, HIERARCHY)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> write.check(null)).isInstanceOf(NullPointerException.class);
  }
}
