package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.OptionalInt;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Team;

/**
 * How many people hold a role in each grid: exactly one grid leader, at least one full-time worker,
 * zero to two part-time workers, no grid leader at all on a level that has none. Holders are counted as
 * people, by any link, on the day evaluated; a gap names the grid, the count and, when there are too
 * many, who they are. Immutable.
 *
 * @param min the fewest holders allowed, 0 or more
 * @param max the most holders allowed, at least {@code min}; empty when any number may hold the role
 */
public record RoleCount(RoleId role, int min, OptionalInt max) implements Requirement {

  public RoleCount {
    checkNotNull(role, "role");
    checkNotNull(max, "max");
    checkArgument(min >= 0, "count of %s: negative minimum %s", role, min);
    checkArgument(max.isEmpty() || max.getAsInt() >= min, "count of %s: maximum %s below minimum %s", role,
        max.orElse(0), min);
    checkArgument(min > 0 || max.isPresent(), "count of %s requires nothing: minimum 0 and no maximum", role);
  }

  /** Exactly {@code n} holders; {@code exactly(role, 0)} forbids the role. */
  public static RoleCount exactly(RoleId role, int n) {
    return new RoleCount(role, n, OptionalInt.of(n));
  }

  /** At least {@code n} holders, {@code n} ≥ 1. */
  public static RoleCount atLeast(RoleId role, int n) {
    return new RoleCount(role, n, OptionalInt.empty());
  }

  /** At most {@code n} holders. */
  public static RoleCount atMost(RoleId role, int n) {
    return new RoleCount(role, 0, OptionalInt.of(n));
  }

  /** From {@code min} to {@code max} holders, both inclusive. */
  public static RoleCount between(RoleId role, int min, int max) {
    return new RoleCount(role, min, OptionalInt.of(max));
  }

  /** True when {@code count} holders meet this requirement. */
  public boolean allows(int count) {
    return count >= min && (max.isEmpty() || count <= max.getAsInt());
  }

  @Override
  public ImmutableSet<RoleId> rolesNamed() {
    return ImmutableSet.of(role);
  }

  void check(PolicyRule rule, Team team, Evaluation evaluation) {
    List<PersonId> holders = Evaluation.holders(team, role);
    if (allows(holders.size())) {
      return;
    }
    String who = max.isPresent() && holders.size() > max.getAsInt() ? " (" + evaluation.labels(holders) + ")" : "";
    evaluation.gap(rule, team.grid(), Evaluation.label(team.grid()) + " has " + holders.size() + " " + role + who
        + "; needs " + this);
  }

  @Override
  public String toString() {
    if (max.isEmpty()) {
      return "at least " + min + " " + role;
    }
    int most = max.getAsInt();
    return (min == most ? "exactly " + min : min == 0 ? "at most " + most : min + " to " + most) + " " + role;
  }
}
