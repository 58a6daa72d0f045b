package org.civicgrid.routing.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.civicgrid.core.staff.PersonId;

/**
 * One row of a {@link SimulationReport}: what happened to the cases that arrived in a leaf grid (or in
 * all of them), and how busy its grid worker was. Immutable and thread-safe.
 *
 * @param label the grid's code, or {@code total}
 * @param households the households whose cases these are
 * @param worker who acted in the worker role at the start, empty for a grid without one and for the total
 * @param arrivals cases reported
 * @param closed cases closed by the end
 * @param backlog cases still open at the end (arrivals − closed)
 * @param dueClosing cases whose closing was due by the end (handling limit from the first dispatch)
 * @param closedOnTime of those, cases closed by their due instant; an open overdue case is not on time
 * @param escalated cases escalated at least once
 * @param busy working time the worker (or all workers) spent on cases
 * @param capacity working time the worker (or all workers) could have spent: working hours × cases in hand
 */
public record GridOutcome(String label, long households, Optional<PersonId> worker, long arrivals, long closed,
    long backlog, long dueClosing, long closedOnTime, long escalated, Duration busy, Duration capacity) {
  public GridOutcome {
    checkNotNull(label, "label");
    checkNotNull(worker, "worker of %s", label);
    checkArgument(closed + backlog == arrivals && closedOnTime <= dueClosing && escalated <= arrivals,
        "%s: inconsistent counts", label);
    checkNotNull(busy, "busy");
    checkNotNull(capacity, "capacity");
  }

  /** Closed on time over due, empty when nothing was due. */
  public OptionalDouble onTimeRate() {
    return share(closedOnTime, dueClosing);
  }

  /** Escalated over arrivals, empty when nothing arrived. */
  public OptionalDouble escalationRate() {
    return share(escalated, arrivals);
  }

  /** Busy time over capacity, empty without a worker or working time. */
  public OptionalDouble utilisation() {
    return capacity.isZero() ? OptionalDouble.empty()
        : OptionalDouble.of((double) busy.toSeconds() / capacity.toSeconds());
  }

  private static OptionalDouble share(long part, long whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }
}
