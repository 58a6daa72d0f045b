package org.civicgrid.geo.patrol;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.civicgrid.core.report.Report;

/**
 * A worker's patrols on one local day and the verdict. A patrol belongs to the day it started,
 * even if it runs past midnight. Immutable.
 *
 * @param day the local date, in the analysis's time zone
 * @param patrols the patrols that started that day, in order
 * @param discarded the positions recorded that day that were discarded as GPS noise
 * @param findings why the day fails; empty when it complies (see {@link PatrolRule})
 */
public record PatrolDay(LocalDate day, List<Patrol> patrols, List<DiscardedFix> discarded, Report findings) {
  public PatrolDay {
    checkNotNull(day, "day");
    patrols = ImmutableList.copyOf(patrols);
    discarded = ImmutableList.copyOf(discarded);
    checkNotNull(findings, "findings");
  }

  /** Whether enough patrols met the rule's limits. */
  public boolean compliant() {
    return !findings.hasErrors();
  }

  /** The patrols that meet every limit of the rule. */
  public ImmutableList<Patrol> counted() {
    return patrols.stream().filter(Patrol::counts).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return day + ": " + (compliant() ? "complies" : "fails") + ", " + counted().size() + " of " + patrols.size()
        + " patrols count, " + discarded.size() + " positions discarded";
  }
}
