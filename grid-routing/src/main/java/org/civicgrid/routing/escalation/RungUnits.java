package org.civicgrid.routing.escalation;

import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;

/**
 * Which unit stands at a rung for a case: the grid worker's grid, the community and subdistrict
 * above it, the district centre, the department matching the case's category. A deployment answers
 * from its grid hierarchy and category catalogue; implementations must be pure and thread-safe, since
 * checkers call them concurrently and a restarted checker must get the same answer.
 */
@FunctionalInterface
public interface RungUnits {

  /** The unit that leads the case when it reaches {@code rung}. */
  HandlingUnit unitAt(CaseState state, EscalationRung rung);
}
