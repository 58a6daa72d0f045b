/**
 * Case-flow simulation: a {@link org.civicgrid.routing.simulation.Scenario} says how many cases of each
 * subcategory arrive per 1,000 households a day, by hour, and how grid workers handle them; a {@link
 * org.civicgrid.routing.simulation.CaseFlowSimulation} plays it through the real case engine on a virtual
 * clock, grid workers acting as servers with a queue; a {@link
 * org.civicgrid.routing.simulation.SimulationReport} gives arrivals, backlog, on-time, escalation and
 * utilisation per grid, so researchers can compare staffing, time limits and layouts.
 */
package org.civicgrid.routing.simulation;
