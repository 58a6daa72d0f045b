package org.civicgrid.core.staff;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;

/**
 * The lookup tables behind {@link Staffing}'s queries, built once per snapshot in O(n log n): per grid
 * its assignments by role, per person theirs, per person their absences, per level its grids.
 */
final class StaffingIndex {
  /** Per grid, its assignments grouped by role in catalogue order, each role's in start order, then by person. */
  final ImmutableMap<GridCode, ImmutableListMultimap<RoleId, Assignment>> byGrid;
  final ImmutableListMultimap<PersonId, Assignment> byPerson;
  final ImmutableListMultimap<PersonId, Absence> absencesByPerson;
  /** Grids by level id, depth-first; depends on the hierarchy only, so changes of staff reuse it. */
  final ImmutableListMultimap<String, Grid> gridsByLevel;

  private StaffingIndex(ImmutableMap<GridCode, ImmutableListMultimap<RoleId, Assignment>> byGrid,
      ImmutableListMultimap<PersonId, Assignment> byPerson, ImmutableListMultimap<PersonId, Absence> absencesByPerson,
      ImmutableListMultimap<String, Grid> gridsByLevel) {
    this.byGrid = byGrid;
    this.byPerson = byPerson;
    this.absencesByPerson = absencesByPerson;
    this.gridsByLevel = gridsByLevel;
  }

  /** The index of these assignments and absences; {@code previous}, if given, lends its grids by level. */
  static StaffingIndex of(GridHierarchy hierarchy, RoleCatalogue roles, List<Assignment> assignments,
      List<Absence> absences, StaffingIndex previous) {
    return new StaffingIndex(byGrid(roles, assignments), Multimaps.index(assignments, Assignment::person),
        Multimaps.index(absences, Absence::person),
        previous != null ? previous.gridsByLevel : Multimaps.index(hierarchy.grids(), g -> g.level().id()));
  }

  private static ImmutableMap<GridCode, ImmutableListMultimap<RoleId, Assignment>> byGrid(
      RoleCatalogue roles, List<Assignment> assignments) {
    Map<RoleId, Integer> order = new HashMap<>();
    roles.roles().forEach(r -> order.put(r.id(), order.size()));
    Comparator<Assignment> inTeam = Comparator.comparing((Assignment a) -> order.get(a.role()))
        .thenComparing(a -> a.period().from()).thenComparing(Assignment::person);
    Map<GridCode, List<Assignment>> grouped = new HashMap<>();
    assignments.forEach(a -> grouped.computeIfAbsent(a.grid(), g -> new ArrayList<>()).add(a));
    ImmutableMap.Builder<GridCode, ImmutableListMultimap<RoleId, Assignment>> index =
        ImmutableMap.builderWithExpectedSize(grouped.size());
    grouped.forEach((grid, list) -> {
      list.sort(inTeam);
      index.put(grid, Multimaps.index(list, Assignment::role));
    });
    return index.buildOrThrow();
  }
}
