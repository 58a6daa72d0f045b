package org.civicgrid.routing.store;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.routing.cases.CaseStatus;

/**
 * Which cases {@link CaseStore#find} lists: by status, by grid subtree and open or not; the
 * conditions all hold together. Immutable.
 *
 * <pre>{@code
 * CaseQuery.open().within(GridCode.of("210902001"))   // open cases of Changyuan subdistrict's grids
 * CaseQuery.all().withStatuses(Set.of(CaseStatus.HANDLED))
 * }</pre>
 *
 * @param statuses the statuses wanted; empty for any
 * @param within the grid whose subtree the case's {@link CaseSummary#grid() grid} must lie in (the
 *     grid itself counts); empty for any case, including those without a grid
 * @param openOnly whether only {@link CaseSummary#isOpen() open} cases are wanted
 */
public record CaseQuery(ImmutableSet<CaseStatus> statuses, Optional<GridCode> within, boolean openOnly) {
  private static final CaseQuery ALL = new CaseQuery(ImmutableSet.of(), Optional.empty(), false);

  public CaseQuery {
    statuses = ImmutableSet.copyOf(checkNotNull(statuses, "statuses"));
    checkNotNull(within, "within");
  }

  /** Every case. */
  public static CaseQuery all() {
    return ALL;
  }

  /** The open cases, as escalation checks want them. */
  public static CaseQuery open() {
    return new CaseQuery(ImmutableSet.of(), Optional.empty(), true);
  }

  /** This query restricted to the subtree of {@code grid}. */
  public CaseQuery within(GridCode grid) {
    return new CaseQuery(statuses, Optional.of(checkNotNull(grid, "grid")), openOnly);
  }

  /** This query restricted to the statuses. */
  public CaseQuery withStatuses(Set<CaseStatus> wanted) {
    return new CaseQuery(ImmutableSet.copyOf(checkNotNull(wanted, "wanted")), within, openOnly);
  }

  /** Whether the case matches. */
  public boolean matches(CaseSummary summary) {
    if (openOnly && !summary.isOpen()) {
      return false;
    }
    if (!statuses.isEmpty() && !statuses.contains(summary.status())) {
      return false;
    }
    return within.isEmpty() || summary.grid().map(grid -> grid.equals(within.get()) || within.get().isPrefixOf(grid)).orElse(false);
  }
}
