package org.civicgrid.routing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.routing.simulation.SimulationFixtures.BUILDING_1;
import static org.civicgrid.routing.simulation.SimulationFixtures.BUILDING_2;
import static org.civicgrid.routing.simulation.SimulationFixtures.MONDAY;
import static org.civicgrid.routing.simulation.SimulationFixtures.NEIGHBOUR_DISPUTE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.civicgrid.core.code.GridCode;
import org.junit.jupiter.api.Test;

class SimulationReportTest {
  private static final CaseFlowSimulation TWO_GRIDS = SimulationFixtures.simulation(SimulationFixtures.twoGrids());

  private static SimulationReport run(int casesInHand) {
    return TWO_GRIDS.run(Scenario.builder(MONDAY, 3).arrivals(NEIGHBOUR_DISPUTE, 10)
        .hourProfile(SimulationFixtures.atMidnight()).defaultMinutes(210).onSpotShare(0).departmentShare(0)
        .casesInHand(casesInHand).seed(7).build());
  }

  @Test
  void theTotalAddsUpTheGrids() {
    SimulationReport report = run(1);

    assertThat(report.grids()).extracting(GridOutcome::label).containsExactly(BUILDING_1, BUILDING_2);
    assertThat(report.total().arrivals()).isEqualTo(report.grids().stream().mapToLong(GridOutcome::arrivals).sum());
    assertThat(report.total().escalated())
        .isEqualTo(report.grids().stream().mapToLong(GridOutcome::escalated).sum());
    assertThat(report.total().capacity()).as("one worker").isEqualTo(report.grids().get(0).capacity());
    assertThat(report.grid(GridCode.of("210902001001"))).as("not a leaf").isEmpty();
  }

  @Test
  void theTableShowsEachGridWithArrivalsThenTheTotal() {
    String table = run(1).toMarkdown();

    assertThat(table).startsWith("| grid | households | worker | arrivals | closed | backlog | on time | escalated"
        + " | utilisation |");
    assertThat(table).contains("| " + BUILDING_1 + " | 1000 | p-006 | ", "| " + BUILDING_2 + " | 1000 | nobody | ",
        "| total | 2000 |  | ", "100.0 % |\n", "- on time (按时办结率)");
  }

  @Test
  void theJsonNamesItsFormatScenarioTotalAndGrids() throws IOException {
    SimulationReport report = run(1);

    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(json.get("format").asText()).isEqualTo("civicgrid-simulation-report/1");
    assertThat(json.get("scenario").get("seed").asLong()).isEqualTo(7);
    assertThat(json.get("total").get("arrivals").asLong()).isEqualTo(report.total().arrivals());
    assertThat(json.get("grids").get(0).get("worker").asText()).isEqualTo("p-006");
    assertThat(json.get("grids").get(1).has("worker")).isFalse();
    assertThat(json.get("grids").get(0).get("busyMinutes").asLong()).isEqualTo(3 * 420);
  }

  @Test
  void aSecondCaseInHandCutsEscalationsSideBySide() {
    SimulationReport one = run(1);
    SimulationReport two = run(2);

    String table = SimulationReport.compare(one, two);

    assertThat(two.grids().get(0).escalated()).isLessThan(one.grids().get(0).escalated());
    assertThat(table).startsWith("| grid | arrivals | backlog | on time | escalated | utilisation |");
    assertThat(table).contains("| " + BUILDING_1 + " | " + one.grids().get(0).arrivals() + " → "
        + two.grids().get(0).arrivals() + " | ", "| total | ", "100.0 % → ");
  }
}
