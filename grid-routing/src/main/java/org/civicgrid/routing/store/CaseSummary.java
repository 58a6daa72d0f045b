package org.civicgrid.routing.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.CaseId;

/**
 * One case as {@link CaseStore#find} lists it: what escalation checks and statistics filter and
 * group by, without the log. A JDBC plugin keeps these columns beside the events and updates them in
 * the same transaction. Immutable.
 *
 * @param id the case
 * @param category the subcategory code
 * @param status the status after the newest event
 * @param grid the grid responsible now: the lead unit's grid once dispatched to a grid, otherwise the
 *     grid the case was reported in when its place is a grid; empty for a case at a point or a
 *     building not yet dispatched to a grid, or dispatched to a department
 * @param reportedAt when the case was reported
 * @param lastAt when its newest event happened
 * @param version its number of events
 */
public record CaseSummary(
    CaseId id, String category, CaseStatus status, Optional<GridCode> grid, Instant reportedAt, Instant lastAt,
    long version) {

  public CaseSummary {
    checkNotNull(id, "id");
    checkNotNull(category, "case %s category", id);
    checkNotNull(status, "case %s status", id);
    checkNotNull(grid, "case %s grid", id);
    checkNotNull(reportedAt, "case %s reportedAt", id);
    checkNotNull(lastAt, "case %s lastAt", id);
    checkArgument(version >= 1, "case %s version %s must be at least 1", id, version);
  }

  /** The summary of a case's state. */
  public static CaseSummary of(CaseState state) {
    checkNotNull(state, "state");
    Optional<GridCode> grid = state.leadUnit().flatMap(HandlingUnit::gridCode);
    if (grid.isEmpty() && state.leadUnit().isEmpty() && state.intake().place() instanceof CasePlace.InGrid in) {
      grid = Optional.of(in.grid());
    }
    return new CaseSummary(state.id(), state.intake().category(), state.status(), grid,
        state.steps().first(CaseStatus.REPORTED).orElse(state.lastAt()), state.lastAt(), state.version());
  }

  /** Whether the case still needs work: neither closed nor terminal (a held case is open). */
  public boolean isOpen() {
    return !status.isClosed() && !status.isTerminal();
  }
}
