package org.civicgrid.core.staff;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;

/**
 * The lookup tables behind {@link Staffing}, built once per snapshot in O(n log n) and read by {@link
 * StaffingCheck} too, so data is grouped only once: members by id, each grid's assignments sorted by
 * role (in catalogue order, unknown roles last), start and person, each person's assignments and
 * absences, and each level's grids. Plain arrays and hash maps that never leave the package and are
 * never changed after construction, so a snapshot is safe to share between threads.
 */
final class StaffingIndex {
  /** Each member by id; where ids repeat, the first. */
  final Map<PersonId, StaffMember> members;
  /** The members whose id an earlier member has already. */
  final List<StaffMember> duplicateMembers;
  /** Each grid's assignments in team order, grids in the order first assigned. */
  final Map<GridCode, List<Assignment>> byGrid;
  final Map<PersonId, List<Assignment>> byPerson;
  final Map<PersonId, List<Absence>> absencesByPerson;
  /** Grids by level id, depth-first; depends on the hierarchy only, so changes of staff reuse it. */
  final ImmutableListMultimap<String, Grid> gridsByLevel;
  /** The position of each role in the catalogue, the order of a team. */
  private final Map<RoleId, Integer> roleOrder;

  private StaffingIndex(GridHierarchy hierarchy, RoleCatalogue roles, List<StaffMember> members,
      List<Assignment> assignments, List<Absence> absences, StaffingIndex previous) {
    this.roleOrder = new HashMap<>();
    roles.roles().forEach(r -> roleOrder.put(r.id(), roleOrder.size()));
    this.members = new HashMap<>(members.size() * 4 / 3 + 1);
    this.duplicateMembers = new ArrayList<>();
    for (StaffMember member : members) {
      if (this.members.putIfAbsent(member.id(), member) != null) {
        duplicateMembers.add(member);
      }
    }
    this.byGrid = byGrid(assignments);
    this.byPerson = new HashMap<>(members.size() * 4 / 3 + 1);
    assignments.forEach(a -> byPerson.computeIfAbsent(a.person(), p -> new ArrayList<>(2)).add(a));
    this.absencesByPerson = new HashMap<>();
    absences.forEach(a -> absencesByPerson.computeIfAbsent(a.person(), p -> new ArrayList<>(2)).add(a));
    this.gridsByLevel = previous != null ? previous.gridsByLevel
        : Multimaps.index(hierarchy.grids(), g -> g.level().id());
  }

  /** The index of this data, valid or not; {@code previous}, if given, lends its grids by level. */
  static StaffingIndex of(GridHierarchy hierarchy, RoleCatalogue roles, List<StaffMember> members,
      List<Assignment> assignments, List<Absence> absences, StaffingIndex previous) {
    return new StaffingIndex(hierarchy, roles, members, assignments, absences, previous);
  }

  /** {@code grid}'s assignments in team order; empty for a grid nobody was assigned to. */
  List<Assignment> posts(GridCode grid) {
    return byGrid.getOrDefault(grid, ImmutableList.of());
  }

  /** Those of {@code assignments} of {@code role} (of any role when null) effective on {@code date}, in order. */
  static ImmutableList<Assignment> effective(List<Assignment> assignments, RoleId role, LocalDate date) {
    Assignment[] effective = new Assignment[assignments.size()];
    int n = 0;
    for (Assignment a : assignments) {
      if ((role == null || a.role().equals(role)) && a.isEffectiveOn(date)) {
        effective[n++] = a;
      }
    }
    return ImmutableList.copyOf(Arrays.asList(effective).subList(0, n));
  }

  /** {@code person}'s assignments in the order added. */
  List<Assignment> assignmentsOf(PersonId person) {
    return byPerson.getOrDefault(person, ImmutableList.of());
  }

  /** {@code person}'s absences in the order added. */
  List<Absence> absencesOf(PersonId person) {
    return absencesByPerson.getOrDefault(person, ImmutableList.of());
  }

  private Map<GridCode, List<Assignment>> byGrid(List<Assignment> assignments) {
    Map<GridCode, List<Assignment>> grouped = new LinkedHashMap<>();
    assignments.forEach(a -> grouped.computeIfAbsent(a.grid(), g -> new ArrayList<>(8)).add(a));
    Comparator<Assignment> inTeam = Comparator.comparingInt((Assignment a) -> order(a.role()))
        .thenComparing(a -> a.period().from()).thenComparing(Assignment::person);
    Map<GridCode, List<Assignment>> index = new LinkedHashMap<>(grouped.size() * 4 / 3 + 1);
    grouped.forEach((grid, list) -> {
      Assignment[] posts = list.toArray(Assignment[]::new);
      Arrays.sort(posts, inTeam);
      index.put(grid, Arrays.asList(posts));
    });
    return index;
  }

  /** The position of {@code role} in the catalogue; {@link Integer#MAX_VALUE} for a role it lacks (or null). */
  int order(RoleId role) {
    Integer order = roleOrder.get(role); // not getOrDefault, whose boxed default allocates on every call
    return order == null ? Integer.MAX_VALUE : order;
  }
}
