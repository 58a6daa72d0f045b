package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Team;

/**
 * How many grids of a kind a cadre links: Tongnan's district leaders each link one urban and one rural
 * grid (联网进格); Beipiao's deputy county leaders each link a community. The cadres are the people
 * holding {@code role} — in a grid of the levels the rule applies to and, if {@code heldBy} is given,
 * through a link of that kind; each must have at least {@code atLeast} different grids matching {@code
 * target} linked by {@code link}, in any role, on the day evaluated. A gap names the person, the grid
 * where they hold the role, and the grids they do link. Immutable.
 *
 * @param heldBy the link through which the role is held, if only such holders are cadres under the quota
 *     (the liaison cadres who link grids, not those stationed in one)
 * @param atLeast the fewest grids to link, at least 1
 */
public record LinkQuota(RoleId role, Optional<LinkKind> heldBy, LinkKind link, int atLeast, GridSelector target)
    implements Requirement {

  public LinkQuota {
    checkNotNull(role, "role");
    checkNotNull(heldBy, "heldBy");
    checkNotNull(link, "link");
    checkNotNull(target, "target");
    checkArgument(atLeast >= 1, "quota of %s: at least %s grids, must be 1 or more", role, atLeast);
  }

  /** Every holder of {@code role}, by any link, links at least {@code atLeast} {@code target} grids by {@code link}. */
  public static LinkQuota of(RoleId role, LinkKind link, int atLeast, GridSelector target) {
    return new LinkQuota(role, Optional.empty(), link, atLeast, target);
  }

  /** The same quota, for only those who hold the role through a link of this kind. */
  public LinkQuota heldBy(LinkKind kind) {
    return new LinkQuota(role, Optional.of(checkNotNull(kind, "kind")), link, atLeast, target);
  }

  @Override
  public ImmutableSet<RoleId> rolesNamed() {
    return ImmutableSet.of(role);
  }

  @Override
  public ImmutableSet<String> levelsNamed() {
    return target.levelsNamed();
  }

  /** Notes the cadres of {@code team}; their links are counted once every team has been seen. */
  void check(PolicyRule rule, Team team, Evaluation evaluation) {
    for (Assignment a : team.assignments()) {
      if (a.role().equals(role) && (heldBy.isEmpty() || heldBy.get() == a.link())) {
        evaluation.cadre(rule, a.person(), team.grid());
      }
    }
  }

  /** Counts each cadre's links; {@code cadres} maps each to the first grid where they hold the role. */
  void finish(PolicyRule rule, Map<PersonId, Grid> cadres, Evaluation evaluation) {
    GridHierarchy hierarchy = evaluation.staffing().hierarchy();
    cadres.forEach((person, home) -> {
      List<Grid> linked = new ArrayList<>(4);
      for (Assignment a : evaluation.staffing().assignmentsOf(person, evaluation.date())) {
        Grid grid = hierarchy.get(a.grid());
        if (a.link() == link && !linked.contains(grid)) {
          linked.add(grid);
        }
      }
      long matching = linked.stream().filter(target::matches).count();
      if (matching < atLeast) {
        evaluation.gap(rule, home, evaluation.label(person) + ", " + role + " of " + Evaluation.label(home)
            + heldBy.map(k -> " by " + name(k)).orElse("") + ", links " + matching + " " + target + " by "
            + name(link) + "; needs at least " + atLeast + " (" + name(link) + ": "
            + (linked.isEmpty() ? "none" : String.join(", ", linked.stream().map(Evaluation::label).toList()))
            + ")");
      }
    });
  }

  static String name(LinkKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return "each " + role + heldBy.map(k -> " held by " + name(k)).orElse("") + " links at least " + atLeast + " "
        + target + " by " + name(link);
  }
}
