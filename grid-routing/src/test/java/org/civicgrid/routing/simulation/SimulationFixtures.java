package org.civicgrid.routing.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.civicgrid.routing.escalation.EscalationPolicies;
import org.civicgrid.routing.escalation.EscalationPolicy;

/**
 * Changyuan community of Fuxin cut down to what the simulation needs: building grid 1 (1,000 households,
 * 刘洋 its full-time grid worker) and building grid 2 (1,000 households, no worker) under one compound,
 * on the national calendar, with Fuxin's ladder (one working day at the grid worker, one at the community).
 */
final class SimulationFixtures {
  static final String BUILDING_1 = "210902001001001001";
  static final String BUILDING_2 = "210902001001001002";
  static final PersonId LIU_YANG = PersonId.of("p-006");
  static final CategoryCatalogue CATALOGUE = CategoryCatalogues.socialGovernance();
  /** Neighbour dispute: three working days to handle, dispatched to the grid. */
  static final String NEIGHBOUR_DISPUTE = "0101";
  /** Monday 17 March 2025, midnight, a working week. */
  static final LocalDateTime MONDAY = LocalDateTime.parse("2025-03-17T00:00");

  static final EscalationPolicy ESCALATION = EscalationPolicies.standard(WorkingCalendar.chinaNational());

  private SimulationFixtures() {}

  /** Building 1 only, with its worker. */
  static Staffing oneGrid() {
    return staffing(List.of(GridNode.of(BUILDING_1, "1号楼网格", "building-grid", "210902001001001")
        .withCounts(1000, 2800)));
  }

  /** Buildings 1 and 2; only building 1 has a worker. */
  static Staffing twoGrids() {
    return staffing(List.of(
        GridNode.of(BUILDING_1, "1号楼网格", "building-grid", "210902001001001").withCounts(1000, 2800),
        GridNode.of(BUILDING_2, "2号楼网格", "building-grid", "210902001001001").withCounts(1000, 2800)));
  }

  static CaseFlowSimulation simulation(Staffing staffing) {
    return new CaseFlowSimulation(staffing, CATALOGUE, ESCALATION);
  }

  /** Every case of the day arrives between 00:00 and 01:00, before anyone works. */
  static List<Double> atMidnight() {
    List<Double> weights = new ArrayList<>(Collections.nCopies(Scenario.HOURS, 0.0));
    weights.set(0, 1.0);
    return weights;
  }

  private static Staffing staffing(List<GridNode> buildings) {
    List<GridNode> nodes = new ArrayList<>(List.of(
        GridNode.of("210902", "海州区", "county", null),
        GridNode.of("210902001", "和平街道", "subdistrict", "210902"),
        GridNode.of("210902001001", "长源社区", "community", "210902001"),
        GridNode.of("210902001001001", "一号小区", "compound", "210902001001")));
    nodes.addAll(buildings);
    GridHierarchy hierarchy = GridHierarchy.of(LevelSchemes.fuxin(), nodes, List.of());
    return Staffing.of(hierarchy, RoleCatalogues.fuxin(),
        List.of(StaffMember.builder("p-006", "刘洋", Employment.FULL_TIME).build()),
        List.of(Assignment.of(LIU_YANG, org.civicgrid.core.code.GridCode.of(BUILDING_1), Roles.FULL_TIME_WORKER.id(),
            Period.from(LocalDate.of(2025, 1, 1)))),
        List.of());
  }
}
