package org.civicgrid.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.RoleCatalogue;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.policy.StaffingPolicies;
import org.civicgrid.core.staff.policy.StaffingPolicy;
import org.civicgrid.core.staff.policy.StaffingPolicyJson;

/**
 * The staffing policy a {@code civicgrid} command staffs a layout by ({@code --policy}), with what goes with
 * it: the level scheme the layout's grids are placed in, the level they are at, the role catalogue and the
 * role of the grid workers cases go to.
 * <ul>
 *   <li>{@code tongnan}: the unit-grid scheme (15-digit codes), a full-time worker per grid and the rest of
 *   Tongnan's 1+6+N team;</li>
 *   <li>{@code beipiao}: Beipiao's scheme, grids of ≈ 300 households, a full-time worker per 360;</li>
 *   <li>{@code wuhua}: Wuhua's scheme with the layout's grids as its level-2 areas (片区), each with an area
 *   worker, who takes the cases;</li>
 *   <li>a JSON file (docs/formats.md): a policy over the unit-grid scheme's levels ({@code county},
 *   {@code township}, {@code community}, {@code unit-grid}), which may include the three above by id, with
 *   every standard role; cases go to full-time workers.</li>
 * </ul>
 * Immutable.
 *
 * @param name the name given on the command line
 * @param scheme the scheme of the hierarchy built from parents and grids
 * @param gridLevel the id of the scheme's level the layout's grids are at
 * @param roles the role catalogue
 * @param policy the policy
 * @param workerRole the role that takes cases in a grid
 */
record PolicyChoice(String name, LevelScheme scheme, String gridLevel, RoleCatalogue roles, StaffingPolicy policy,
    RoleId workerRole) {
  private static final String UNIT_GRID = "unit-grid";

  PolicyChoice {
    checkNotNull(name, "name");
    checkNotNull(scheme, "scheme");
    checkNotNull(gridLevel, "gridLevel");
    checkNotNull(roles, "roles");
    checkNotNull(policy, "policy");
    checkNotNull(workerRole, "workerRole");
  }

  /** The choice {@code value} of option {@code --policy} names: a built-in policy or a JSON file. */
  static PolicyChoice named(String command, String value) {
    switch (value) {
      case "tongnan":
        return new PolicyChoice(value, LevelSchemes.unitGrids(3), UNIT_GRID, RoleCatalogues.tongnan(),
            StaffingPolicies.tongnan(UNIT_GRID), Roles.FULL_TIME_WORKER.id());
      case "beipiao":
        return new PolicyChoice(value, LevelSchemes.beipiao(), "grid", RoleCatalogues.beipiao(),
            StaffingPolicies.beipiao(), Roles.FULL_TIME_WORKER.id());
      case "wuhua":
        return new PolicyChoice(value, LevelSchemes.wuhua(), "area", RoleCatalogues.wuhua(), StaffingPolicies.wuhua(),
            Roles.AREA_WORKER.id());
      default:
        return fromFile(command, value);
    }
  }

  private static PolicyChoice fromFile(String command, String value) {
    Path file = Path.of(value);
    if (!value.endsWith(".json") || !Files.isRegularFile(file)) {
      throw CommandException.usage("civicgrid %s: --policy %s is neither tongnan, beipiao, wuhua nor a policy"
          + " JSON file", command, value);
    }
    StaffingPolicy policy;
    try {
      policy = StaffingPolicyJson.read(file, StaffingPolicies.tongnan(UNIT_GRID), StaffingPolicies.beipiao(),
          StaffingPolicies.wuhua());
    } catch (IOException e) {
      throw CommandException.input("%s: cannot be read: %s", file, e.getMessage());
    } catch (CivicGridException e) {
      throw CommandException.input("%s", e.getMessage());
    }
    return new PolicyChoice(value, LevelSchemes.unitGrids(3), UNIT_GRID,
        RoleCatalogue.of("research", Roles.all()), policy, Roles.FULL_TIME_WORKER.id());
  }
}
