package org.civicgrid.geo.patrol;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.staff.PersonId;

/**
 * One worker's patrol compliance, day by day, as {@link PatrolAnalyser} judged it against the
 * rule of the worker's role. Immutable and thread-safe.
 *
 * @param worker whose track was analysed
 * @param grid the grid the worker patrols
 * @param requirement the rule applied
 * @param zone the time zone whose local days were judged
 * @param days every judged day, in date order
 */
public record PatrolReport(PersonId worker, GridCode grid, PatrolRequirement requirement, ZoneId zone,
    List<PatrolDay> days) {

  public PatrolReport {
    checkNotNull(worker, "worker");
    checkNotNull(grid, "grid");
    checkNotNull(requirement, "requirement");
    checkNotNull(zone, "zone");
    days = ImmutableList.copyOf(days);
  }

  /** The judgement of {@code date}, if it was judged. */
  public Optional<PatrolDay> day(LocalDate date) {
    checkNotNull(date, "date");
    return days.stream().filter(d -> d.day().equals(date)).findFirst();
  }

  /** The days that fail the rule. */
  public ImmutableList<PatrolDay> failingDays() {
    return days.stream().filter(d -> !d.compliant()).collect(ImmutableList.toImmutableList());
  }

  /** Whether every judged day complies. */
  public boolean compliant() {
    return days.stream().allMatch(PatrolDay::compliant);
  }

  /** Every day's findings, in date order; each finding's subject names the worker and the day. */
  public Report findings() {
    return days.stream().map(PatrolDay::findings).reduce(Report.empty(), Report::plus);
  }

  /** Every position discarded as GPS noise on the judged days, in time order. */
  public ImmutableList<DiscardedFix> discarded() {
    return days.stream().flatMap(d -> d.discarded().stream()).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "PatrolReport[" + worker + " in " + grid + ", " + requirement.role() + ", " + days.size() + " days, "
        + failingDays().size() + " failing]";
  }
}
