package org.civicgrid.routing.escalation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import org.civicgrid.routing.cases.EscalationRung;

/**
 * The rungs a case climbs when deadlines pass (上报), lowest first, each with its time limit; the
 * last rung is the highest the ladder's tier of matter may reach, so small matters stay low
 * (小事不出村、大事不出镇). Rungs may be skipped (a ladder from the grid worker straight to the
 * subdistrict) but never repeated or reordered. Immutable and thread-safe.
 *
 * <pre>{@code
 * EscalationLadder disputes = EscalationLadder.of(
 *     RungLimit.of(GRID_WORKER, TimeLimit.workingDays(1)),
 *     RungLimit.of(COMMUNITY, TimeLimit.workingDays(2)),
 *     RungLimit.of(SUBDISTRICT, TimeLimit.workingDays(3)));
 * }</pre>
 */
public final class EscalationLadder {
  private final ImmutableList<RungLimit> rungs;

  private EscalationLadder(ImmutableList<RungLimit> rungs) {
    this.rungs = rungs;
  }

  /**
   * A ladder of the given rungs.
   *
   * @throws IllegalArgumentException if there is no rung, or a rung is not above the one before it
   */
  public static EscalationLadder of(RungLimit... rungs) {
    ImmutableList<RungLimit> list = ImmutableList.copyOf(checkNotNull(rungs, "rungs"));
    checkArgument(!list.isEmpty(), "an escalation ladder needs at least one rung");
    for (int i = 1; i < list.size(); i++) {
      checkArgument(list.get(i).rung().isAbove(list.get(i - 1).rung()),
          "ladder rung %s is not above %s: %s", list.get(i).rung(), list.get(i - 1).rung(), Arrays.toString(rungs));
    }
    return new EscalationLadder(list);
  }

  /** The rungs, lowest first. */
  public ImmutableList<RungLimit> rungs() {
    return rungs;
  }

  /** The rung a case starts on. */
  public EscalationRung first() {
    return rungs.get(0).rung();
  }

  /** The highest rung a case on this ladder may reach. */
  public EscalationRung top() {
    return rungs.get(rungs.size() - 1).rung();
  }

  /** The rung with its limit, if the ladder has it. */
  public Optional<RungLimit> find(EscalationRung rung) {
    checkNotNull(rung, "rung");
    for (int i = 0; i < rungs.size(); i++) { // indexed: the deadline check calls this for every case
      if (rungs.get(i).rung() == rung) {
        return Optional.of(rungs.get(i));
      }
    }
    return Optional.empty();
  }

  /** The ladder's next rung above {@code rung}; empty at the top. */
  public Optional<EscalationRung> next(EscalationRung rung) {
    checkNotNull(rung, "rung");
    for (RungLimit r : rungs) {
      if (r.rung().isAbove(rung)) {
        return Optional.of(r.rung());
      }
    }
    return Optional.empty();
  }

  /**
   * This ladder ending at {@code max}: the rungs above it are dropped.
   *
   * @throws IllegalArgumentException if {@code max} is below the first rung
   */
  public EscalationLadder cappedAt(EscalationRung max) {
    checkNotNull(max, "max");
    checkArgument(!first().isAbove(max), "cap %s is below the ladder's first rung %s", max, first());
    return new EscalationLadder(rungs.stream().filter(r -> !r.rung().isAbove(max))
        .collect(ImmutableList.toImmutableList()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EscalationLadder l && rungs.equals(l.rungs);
  }

  @Override
  public int hashCode() {
    return rungs.hashCode();
  }

  /** {@code ladder[GRID_WORKER 1 working days → COMMUNITY 2 working days]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ladder[");
    for (int i = 0; i < rungs.size(); i++) {
      text.append(i == 0 ? "" : " → ").append(rungs.get(i));
    }
    return text.append(']').toString();
  }
}
