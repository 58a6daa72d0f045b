package org.civicgrid.core.layer;

import static org.civicgrid.core.layer.DockingRule.DOCKED_BELOW_ALLOWED_LEVELS;
import static org.civicgrid.core.layer.DockingRule.DOCKED_OUTSIDE_ALLOWED_LEVELS;
import static org.civicgrid.core.layer.DockingRule.DOCKED_TO_PLACEHOLDER;
import static org.civicgrid.core.layer.DockingRule.DOCKED_TO_UNKNOWN_GRID;
import static org.civicgrid.core.layer.DockingRule.DUPLICATE_SPECIALIST_GRID;
import static org.civicgrid.core.layer.DockingRule.NOT_DOCKED;
import static org.civicgrid.core.layer.DockingRule.UNKNOWN_ALLOWED_LEVEL;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridKind;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;

/**
 * Checks specialist layers against one social hierarchy (see {@link DockingRule}). Whether a level
 * lies below an allowed one is read from the scheme's level graph, so it holds for every branch.
 */
final class DockingCheck {
  private final GridHierarchy hierarchy;
  /** For each level id of the scheme, the ids of every level above it. */
  private final Map<String, Set<String>> levelsAbove = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();

  private DockingCheck(GridHierarchy hierarchy) {
    this.hierarchy = hierarchy;
    for (Level level : hierarchy.scheme().levels()) {
      // Levels are listed top-down, so every parent's set is complete before its children need it.
      Set<String> above = new HashSet<>();
      for (String parent : level.parents()) {
        above.add(parent);
        above.addAll(levelsAbove.get(parent));
      }
      levelsAbove.put(level.id(), above);
    }
  }

  static Report check(GridHierarchy hierarchy, Iterable<SpecialistLayer> layers) {
    DockingCheck check = new DockingCheck(hierarchy);
    layers.forEach(check::check);
    return Report.of(check.findings);
  }

  private void check(SpecialistLayer layer) {
    LevelScheme scheme = hierarchy.scheme();
    for (String levelId : layer.allowedLevels()) {
      if (scheme.findLevel(levelId).isEmpty()) {
        findings.add(Finding.of(UNKNOWN_ALLOWED_LEVEL, layer.id(), "may dock onto level '" + levelId
            + "', which scheme " + scheme.id() + " does not have (levels: " + levelIds(scheme) + ")"));
      }
    }
    // Where a layer of only unknown levels may dock is unknown, so its grids' levels are not judged.
    boolean judgeLevels = layer.allowedLevels().stream().anyMatch(id -> scheme.findLevel(id).isPresent());
    Map<String, SpecialistGrid> seen = new HashMap<>();
    for (SpecialistGrid grid : layer.grids()) {
      String subject = layer.id() + "/" + grid.id();
      SpecialistGrid first = seen.putIfAbsent(grid.id(), grid);
      if (first != null) {
        findings.add(Finding.of(DUPLICATE_SPECIALIST_GRID, subject,
            "declared twice in layer " + layer.id() + ": '" + first.name() + "' and '" + grid.name() + "'"));
      }
      checkDocking(layer, grid, subject, judgeLevels);
    }
  }

  private void checkDocking(SpecialistLayer layer, SpecialistGrid grid, String subject, boolean judgeLevels) {
    if (!grid.isDocked()) {
      findings.add(Finding.of(NOT_DOCKED, subject, "'" + grid.name() + "' is not docked onto any social grid"));
      return;
    }
    Optional<Grid> found = hierarchy.find(grid.dockedTo());
    if (found.isEmpty()) {
      findings.add(Finding.of(DOCKED_TO_UNKNOWN_GRID, subject, "docked onto " + grid.dockedTo()
          + ", which the hierarchy does not have (retired in a re-division, or never existed)"));
      return;
    }
    Grid social = found.get();
    if (social.node().kind() == GridKind.PLACEHOLDER) {
      findings.add(Finding.of(DOCKED_TO_PLACEHOLDER, subject,
          "docked onto " + describe(social) + ", a placeholder row that is not a real grid"));
      return;
    }
    ImmutableSet<String> allowed = layer.allowedLevels();
    String levelId = social.level().id();
    if (!judgeLevels || allowed.contains(levelId)) {
      return;
    }
    if (levelsAbove.get(levelId).stream().anyMatch(allowed::contains)) {
      findings.add(Finding.of(DOCKED_BELOW_ALLOWED_LEVELS, subject, "docked onto " + describe(social)
          + ", below the levels layer " + layer.id() + " may dock onto " + allowed + nearestAllowed(social, allowed)));
    } else {
      findings.add(Finding.of(DOCKED_OUTSIDE_ALLOWED_LEVELS, subject, "docked onto " + describe(social)
          + ", not among the levels layer " + layer.id() + " may dock onto " + allowed));
    }
  }

  /** Suggests the grid's nearest ancestor at an allowed level, where the docking most likely belongs. */
  private static String nearestAllowed(Grid social, Set<String> allowed) {
    for (Optional<Grid> up = social.parent(); up.isPresent(); up = up.get().parent()) {
      if (allowed.contains(up.get().level().id())) {
        return "; its " + up.get().level().id() + " is " + up.get().code() + " " + up.get().name();
      }
    }
    return "";
  }

  private static String describe(Grid grid) {
    Level level = grid.level();
    return grid.code() + " " + grid.name() + " at level " + level.id() + " (" + level.nameZh() + ")";
  }

  private static List<String> levelIds(LevelScheme scheme) {
    return scheme.levels().stream().map(Level::id).toList();
  }
}
