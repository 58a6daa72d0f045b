package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Team;

/**
 * One person holds two posts of a grid: Beipiao's grid leader is also the grid's party-branch secretary
 * (一肩挑). In each grid, every holder of either role holds the other too; a gap names the grid and the
 * person holding one without the other, and who holds the other, if anyone. A grid where neither is
 * held has no gap here ({@link RoleCount} says whether it needs them). Immutable.
 */
public record SameHolder(RoleId first, RoleId second) implements Requirement {

  public SameHolder {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    checkArgument(!first.equals(second), "same holder of %s and %s: name two different roles", first, second);
  }

  /** Each holder of {@code first} also holds {@code second}, and the other way round. */
  public static SameHolder of(RoleId first, RoleId second) {
    return new SameHolder(first, second);
  }

  @Override
  public ImmutableSet<RoleId> rolesNamed() {
    return ImmutableSet.of(first, second);
  }

  void check(PolicyRule rule, Team team, Evaluation evaluation) {
    List<PersonId> firsts = Evaluation.holders(team, first);
    List<PersonId> seconds = Evaluation.holders(team, second);
    if (firsts.equals(seconds)) {
      return;
    }
    lacking(rule, team, evaluation, firsts, first, seconds, second);
    lacking(rule, team, evaluation, seconds, second, firsts, first);
  }

  /** A gap for each holder of {@code held} who does not hold {@code other}. */
  private static void lacking(PolicyRule rule, Team team, Evaluation evaluation, List<PersonId> holders,
      RoleId held, List<PersonId> others, RoleId other) {
    for (PersonId holder : holders) {
      if (!others.contains(holder)) {
        evaluation.gap(rule, team.grid(), evaluation.label(holder) + " is " + held + " of "
            + Evaluation.label(team.grid()) + " but not " + other + ", which "
            + (others.isEmpty() ? "nobody holds" : evaluation.labels(others) + " holds"));
      }
    }
  }

  @Override
  public String toString() {
    return "one person holds both " + first + " and " + second;
  }
}
