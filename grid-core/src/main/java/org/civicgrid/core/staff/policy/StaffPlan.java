package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Ints;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.InvalidStaffingException;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Role;
import org.civicgrid.core.staff.RoleCatalogue;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.RoleKind;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.StaffingBuilder;

/**
 * The headcount a {@link StaffingPolicy} requires of each grid of a hierarchy: for every role, the
 * larger of the fewest holders its {@link RoleCount} rules allow and the holders its {@link Capacity}
 * rules need for the grid's households (rounded up), the rules selected per grid exactly as the
 * policy's {@link PolicyEvaluator} selects them. The other kinds of requirement — who may hold a role,
 * one holder of two posts, a holder at every place, cadre link quotas — ask for no headcount and are
 * not part of the plan. Researchers use it to weigh a layout's workload ({@link
 * #householdsPerFullTimeWorker}) and to staff a generated layout for case-flow simulation ({@link
 * #staff}). Immutable and thread-safe.
 *
 * <p>Full-time workers are the holders of one role. The catalogues mark no role as employed full-time,
 * and their kinds put part-time workers and mediators beside the full-time worker as {@link
 * RoleKind#WORKER}, so the plan counts {@link Roles#FULL_TIME_WORKER} (as the case-flow simulation
 * does) unless told another role.
 */
public final class StaffPlan {
  private final StaffingPolicy policy;
  private final RoleCatalogue roles;
  private final GridHierarchy hierarchy;
  private final RoleId fullTimeRole;
  private final ImmutableMap<GridCode, ImmutableMap<RoleId, Integer>> holders;

  private StaffPlan(StaffingPolicy policy, RoleCatalogue roles, GridHierarchy hierarchy, RoleId fullTimeRole,
      ImmutableMap<GridCode, ImmutableMap<RoleId, Integer>> holders) {
    this.policy = policy;
    this.roles = roles;
    this.hierarchy = hierarchy;
    this.fullTimeRole = fullTimeRole;
    this.holders = holders;
  }

  /**
   * What {@code policy} requires of {@code hierarchy}'s grids, counting holders of {@link
   * Roles#FULL_TIME_WORKER} as full-time workers (none when {@code roles} lacks that role).
   *
   * @throws InvalidPolicyException when the policy names a role {@code roles} lacks or a level the
   *     hierarchy's scheme lacks
   */
  public static StaffPlan of(StaffingPolicy policy, RoleCatalogue roles, GridHierarchy hierarchy) {
    return plan(policy, roles, hierarchy, Roles.FULL_TIME_WORKER.id());
  }

  /**
   * What {@code policy} requires of {@code hierarchy}'s grids, counting holders of {@code fullTimeRole}
   * as full-time workers.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} when {@code roles} lacks {@code
   *     fullTimeRole}
   * @throws InvalidPolicyException when the policy names a role {@code roles} lacks or a level the
   *     hierarchy's scheme lacks
   */
  public static StaffPlan of(StaffingPolicy policy, RoleCatalogue roles, GridHierarchy hierarchy,
      RoleId fullTimeRole) {
    checkNotNull(roles, "roles").get(checkNotNull(fullTimeRole, "fullTimeRole"));
    return plan(policy, roles, hierarchy, fullTimeRole);
  }

  private static StaffPlan plan(StaffingPolicy policy, RoleCatalogue roles, GridHierarchy hierarchy,
      RoleId fullTimeRole) {
    checkNotNull(policy, "policy");
    checkNotNull(roles, "roles");
    checkNotNull(hierarchy, "hierarchy");
    PolicyEvaluator evaluator = policy.evaluatorFor(roles, hierarchy.scheme());
    // Most grids of a level need the same team: share one map per distinct team.
    Map<Map<RoleId, Integer>, ImmutableMap<RoleId, Integer>> teams = new HashMap<>();
    ImmutableMap.Builder<GridCode, ImmutableMap<RoleId, Integer>> byGrid =
        ImmutableMap.builderWithExpectedSize(hierarchy.size());
    for (Grid grid : hierarchy.grids()) {
      Map<RoleId, Integer> needed = new LinkedHashMap<>();
      for (PolicyRule rule : evaluator.rulesAt(grid)) {
        if (rule.requirement() instanceof RoleCount count) {
          needed.merge(count.role(), count.min(), Math::max);
        } else if (rule.requirement() instanceof Capacity capacity) {
          needed.merge(capacity.role(), Ints.saturatedCast(capacity.holdersNeeded(grid.households())), Math::max);
        }
      }
      needed.values().removeIf(n -> n == 0);
      byGrid.put(grid.code(), teams.computeIfAbsent(needed, ImmutableMap::copyOf));
    }
    return new StaffPlan(policy, roles, hierarchy, fullTimeRole, byGrid.build());
  }

  public StaffingPolicy policy() {
    return policy;
  }

  public RoleCatalogue roles() {
    return roles;
  }

  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  /** The role whose holders are the full-time workers. */
  public RoleId fullTimeRole() {
    return fullTimeRole;
  }

  /**
   * How many people the policy requires to hold each role in {@code grid}, in the order the policy first
   * names the roles; roles it requires no holder of are absent.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming a grid the hierarchy lacks
   */
  public ImmutableMap<RoleId, Integer> holders(GridCode grid) {
    checkNotNull(grid, "grid");
    ImmutableMap<RoleId, Integer> team = holders.get(grid);
    if (team == null) {
      throw new CivicGridException(ErrorCode.NOT_FOUND, "no grid " + grid + " in the staff plan of policy "
          + policy.id());
    }
    return team;
  }

  /**
   * How many people the policy requires to hold {@code role} in {@code grid}; 0 when it requires none.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming a grid the hierarchy lacks or a
   *     role the catalogue lacks
   */
  public int holders(GridCode grid, RoleId role) {
    ImmutableMap<RoleId, Integer> team = holders(grid);
    roles.get(checkNotNull(role, "role"));
    return team.getOrDefault(role, 0);
  }

  /**
   * How many full-time workers the policy requires in {@code grid}.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming a grid the hierarchy lacks
   */
  public int fullTimeWorkers(GridCode grid) {
    return holders(grid).getOrDefault(fullTimeRole, 0);
  }

  /**
   * The households of {@code grid} (rolled up from below it) per full-time worker the policy requires
   * there; empty when it requires none.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming a grid the hierarchy lacks
   */
  public OptionalDouble householdsPerFullTimeWorker(GridCode grid) {
    int workers = fullTimeWorkers(grid);
    return workers == 0 ? OptionalDouble.empty()
        : OptionalDouble.of((double) hierarchy.get(grid).households() / workers);
  }

  /**
   * A placeholder staffing that fills this plan exactly, from {@code from} on: one generated person per
   * required holder, named by grid, role and number ({@code 舍宅第一网格 专职网格员 1}) with the stable id
   * {@code p-<grid>-<role>-<n>}. Holders of the full-time role are employed full-time, of {@link
   * RoleKind#AUXILIARY} roles volunteers, the rest part-time; leaders are party members. Evaluating the
   * policy on it finds no gap of its {@link RoleCount} and {@link Capacity} rules unless they conflict
   * (a capacity needing more holders than a count allows). Deterministic: the same plan and date give an
   * equal staffing.
   *
   * @throws IllegalArgumentException when a generated id exceeds the 64 characters of a {@link PersonId}
   * @throws InvalidStaffingException when the plan needs two holders of a single-holder role in a grid
   */
  public Staffing staff(LocalDate from) {
    Period period = Period.from(checkNotNull(from, "from"));
    StaffingBuilder staffing = Staffing.builder(hierarchy, roles);
    for (Grid grid : hierarchy.grids()) {
      holders.get(grid.code()).forEach((roleId, count) -> {
        Role role = roles.get(roleId);
        for (int n = 1; n <= count; n++) {
          PersonId person = PersonId.of("p-" + grid.code().value() + "-" + roleId.value() + "-" + n);
          StaffMember.Builder member = StaffMember.builder(person.value(),
              grid.name() + " " + role.nameZh() + " " + n, employment(role));
          staffing.member((role.kind() == RoleKind.LEADER ? member.partyMember() : member).build())
              .assign(Assignment.of(person, grid.code(), roleId, period));
        }
      });
    }
    return staffing.build();
  }

  private Employment employment(Role role) {
    if (role.id().equals(fullTimeRole)) {
      return Employment.FULL_TIME;
    }
    return role.kind() == RoleKind.AUXILIARY ? Employment.VOLUNTEER : Employment.PART_TIME;
  }

  @Override
  public String toString() {
    return "StaffPlan[policy " + policy.id() + ", catalogue " + roles.id() + ", " + holders.size() + " grids]";
  }
}
