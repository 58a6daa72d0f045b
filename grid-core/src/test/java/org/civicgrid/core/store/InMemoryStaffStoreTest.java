package org.civicgrid.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civicgrid.core.bench.StaffedCity;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.Roles;
import org.junit.jupiter.api.Test;

/** The in-memory default passes the whole staff conformance kit, and holds a city of issue 4's size. */
class InMemoryStaffStoreTest extends StaffStoreContract {
  @Override
  protected Storage open() {
    return new InMemoryStorageFactory().create(Config.empty());
  }

  @Override
  protected boolean isDurable() {
    return false;
  }

  @Test
  void holdsACountyOfEightyThousandAssignmentsAndPagesThroughIt() {
    StaffedCity.Data county = StaffedCity.generate(4);
    StaffingWrite create = StaffingWrite.create(territory("wuhua"), county.roles());
    county.members().forEach(create::put);
    county.assignments().forEach(create::assign);
    county.absences().forEach(create::add);
    StaffRecords stored = create.commit(store, county.hierarchy()).records();

    int read = 0;
    Optional<AssignmentKey> after = Optional.empty();
    ImmutableList<Assignment> page;
    do {
      page = store.assignments(stored.territory(), after, 5000);
      read += page.size();
      after = page.isEmpty() ? after : Optional.of(AssignmentKey.of(page.get(page.size() - 1)));
    } while (page.size() == 5000);
    assertThat(read).isEqualTo(county.assignments().size()).isGreaterThan(80_000);

    GridCode grid = county.leafGrids().get(100);
    Assignment leader = store.assignmentsIn(stored.territory(), grid).stream()
        .filter(a -> a.role().equals(Roles.GRID_LEADER.id()) && a.period().isOpen()).findFirst().orElseThrow();
    Assignment successor = Assignment.of(leader.backup().orElseThrow(), grid, Roles.GRID_LEADER.id(),
        Period.from(StaffedCity.CHANGE_DAY.plusYears(1)));
    StaffingWrite.Written handover = StaffingWrite.on(stored).end(leader, successor.period().from())
        .assign(successor).commit(store, county.hierarchy());
    assertThat(handover.staffing().holders(grid, Roles.GRID_LEADER.id(), successor.period().from()))
        .containsExactly(successor.person());
    assertThat(store.assignmentsIn(stored.territory(), grid)).filteredOn(a -> a.role().equals(Roles.GRID_LEADER.id()))
        .hasSize(3);
  }
}
