package org.civicgrid.routing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.simulation.SimulationFixtures.BUILDING_1;
import static org.civicgrid.routing.simulation.SimulationFixtures.BUILDING_2;
import static org.civicgrid.routing.simulation.SimulationFixtures.LIU_YANG;
import static org.civicgrid.routing.simulation.SimulationFixtures.MONDAY;
import static org.civicgrid.routing.simulation.SimulationFixtures.NEIGHBOUR_DISPUTE;

import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.routing.dispatch.UnknownCategoryException;
import org.junit.jupiter.api.Test;

/**
 * One building grid of 1,000 households and 刘洋, its worker, on office hours (08:30–12:00, 14:00–17:30,
 * 420 minutes a day). Every case arrives between 00:00 and 01:00 and takes 210 minutes, so 刘洋 closes
 * exactly two a day, at 12:00 and 17:30; a case still waiting at the grid at the next day's close of
 * business (17:30) is escalated by the 18:00 check, and the community closes it 240 working minutes later
 * (14:30 the day after). A run's first days arrive exactly as a shorter run's with the same seed, so a
 * one-day run counts Monday's arrivals.
 */
class CaseFlowSimulationTest {

  @Test
  void aWorkerClosesTwoCasesADayAndTheRestQueue() {
    SimulationReport monday = SimulationFixtures.simulation(SimulationFixtures.oneGrid()).run(queueing(1).build());

    GridOutcome grid = monday.grid(GridCode.of(BUILDING_1)).orElseThrow();
    assertThat(grid.arrivals()).isGreaterThan(4);
    assertThat(grid.worker()).contains(LIU_YANG);
    assertThat(grid.closed()).isEqualTo(2);
    assertThat(grid.backlog()).isEqualTo(grid.arrivals() - 2);
    assertThat(grid.escalated()).isZero();
    assertThat(grid.busy()).isEqualTo(Duration.ofMinutes(420));
    assertThat(grid.utilisation()).hasValue(1.0);
    assertThat(grid.onTimeRate()).as("three working days to handle: nothing is due yet").isEmpty();
    assertThat(monday.total()).isEqualTo(new GridOutcome("total", 1000, Optional.empty(), grid.arrivals(), 2,
        grid.arrivals() - 2, 0, 0, 0, Duration.ofMinutes(420), Duration.ofMinutes(420)));
    assertThat(monday.refusedActions()).isZero();
  }

  @Test
  void casesWaitingPastTheirRungLimitEscalateAndTheCommunityClosesThem() {
    CaseFlowSimulation simulation = SimulationFixtures.simulation(SimulationFixtures.oneGrid());
    long mondayArrivals = simulation.run(queueing(1).build()).total().arrivals();
    long tuesdayArrivals = simulation.run(days(2)).total().arrivals() - mondayArrivals;

    GridOutcome threeDays = simulation.run(days(3)).total();

    assertThat(tuesdayArrivals).isGreaterThan(2);
    // Monday: 刘洋 closes 2; Tuesday 2 more of Monday's, the other Monday cases escalate at 18:00 and the
    // community closes them Wednesday 14:30; Wednesday 刘洋 closes 2 of Tuesday's, the rest escalate at 18:00.
    assertThat(threeDays.closed()).isEqualTo(mondayArrivals + 2);
    assertThat(threeDays.escalated()).isEqualTo((mondayArrivals - 4) + (tuesdayArrivals - 2));
    assertThat(threeDays.utilisation()).hasValue(1.0);
  }

  @Test
  void aGridWithoutAWorkerLeavesItsCasesToEscalate() {
    CaseFlowSimulation simulation = SimulationFixtures.simulation(SimulationFixtures.twoGrids());
    long mondayArrivals = simulation.run(queueing(1).build()).grid(GridCode.of(BUILDING_2)).orElseThrow().arrivals();

    GridOutcome unstaffed = simulation.run(days(3)).grid(GridCode.of(BUILDING_2)).orElseThrow();

    assertThat(unstaffed.worker()).isEmpty();
    assertThat(unstaffed.utilisation()).isEmpty();
    assertThat(unstaffed.closed()).as("Monday's cases, escalated Tuesday 18:00, closed Wednesday 14:30")
        .isEqualTo(mondayArrivals);
    assertThat(unstaffed.escalated()).as("Monday's and Tuesday's").isGreaterThan(mondayArrivals);
    assertThat(unstaffed.escalationRate().getAsDouble()).isGreaterThan(0.5);
  }

  @Test
  void casesSentToDepartmentsAreClosedThereWithoutTheWorker() {
    SimulationReport report = SimulationFixtures.simulation(SimulationFixtures.oneGrid())
        .run(queueing(1).departmentShare(1).build());

    assertThat(report.total().closed()).as("all closed at 14:30 Monday, 240 working minutes after arriving")
        .isEqualTo(report.total().arrivals()).isPositive();
    assertThat(report.total().escalated()).isZero();
    assertThat(report.total().utilisation()).hasValue(0.0);
  }

  @Test
  void aFreeWorkerSolvesNewCasesOnTheSpot() {
    Scenario quiet = Scenario.builder(MONDAY, 5).arrivals(NEIGHBOUR_DISPUTE, 0.5)
        .hourProfile(Collections.nCopies(24, 1.0)).onSpotShare(1).departmentShare(0).defaultMinutes(30).seed(3)
        .build();

    GridOutcome grid = SimulationFixtures.simulation(SimulationFixtures.oneGrid()).run(quiet).total();

    assertThat(grid.arrivals()).isPositive();
    assertThat(grid.escalated()).isZero();
    assertThat(grid.busy()).isPositive();
  }

  @Test
  void theSameSeedGivesAnEqualReportAndAnotherSeedOtherArrivals() {
    CaseFlowSimulation simulation = SimulationFixtures.simulation(SimulationFixtures.twoGrids());
    Scenario week = days(7).toBuilder().hourProfile(Collections.nCopies(24, 1.0)).onSpotShare(0.3)
        .departmentShare(0.1).build();

    SimulationReport first = simulation.run(week);
    SimulationReport again = simulation.run(week);
    SimulationReport other = simulation.run(week.toBuilder().seed(8).build());

    assertThat(again).isEqualTo(first);
    assertThat(again.toJson()).isEqualTo(first.toJson());
    assertThat(other.grids()).isNotEqualTo(first.grids());
  }

  @Test
  void aSubcategoryTheCatalogueLacksIsRefusedByName() {
    CaseFlowSimulation simulation = SimulationFixtures.simulation(SimulationFixtures.oneGrid());

    assertThatThrownBy(() -> simulation.run(queueing(1).arrivals("0999", 1).build()))
        .isInstanceOf(UnknownCategoryException.class).hasMessageContaining("0999");
  }

  @Test
  void aWorkerRoleTheStaffingLacksIsRefusedByName() {
    assertThatThrownBy(() -> new CaseFlowSimulation(SimulationFixtures.oneGrid(), SimulationFixtures.CATALOGUE,
        SimulationFixtures.ESCALATION, RoleId.of("grid-robot")))
        .isInstanceOf(CivicGridException.class).hasMessageContaining("grid-robot");
  }

  private static Scenario days(int days) {
    return queueing(days).build();
  }

  /** Ten neighbour disputes per 1,000 households a day at midnight, 210 minutes each, none on the spot. */
  private static Scenario.Builder queueing(int days) {
    return Scenario.builder(MONDAY, days).arrivals(NEIGHBOUR_DISPUTE, 10)
        .hourProfile(SimulationFixtures.atMidnight()).defaultMinutes(210).onSpotShare(0).departmentShare(0).seed(7);
  }
}
