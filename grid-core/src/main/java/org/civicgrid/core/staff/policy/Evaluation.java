package org.civicgrid.core.staff.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.Team;

/**
 * One run of a {@link PolicyEvaluator}: the staffing and date evaluated, the gaps found so far, the cadres
 * met for each {@link LinkQuota}, and the teams above a grid looked up while checking {@link Presence}.
 * Confined to the thread evaluating.
 */
final class Evaluation {
  private final Staffing staffing;
  private final LocalDate date;
  private final List<Finding> gaps = new ArrayList<>();
  private final Map<PolicyRule, Map<PersonId, Grid>> cadres = new IdentityHashMap<>();
  private final Map<GridCode, Team> teamsAbove = new HashMap<>();

  Evaluation(Staffing staffing, LocalDate date) {
    this.staffing = staffing;
    this.date = date;
  }

  Staffing staffing() {
    return staffing;
  }

  LocalDate date() {
    return date;
  }

  /** The people holding {@code role} in {@code team}, each once, in team order. */
  static List<PersonId> holders(Team team, RoleId role) {
    List<PersonId> holders = new ArrayList<>(2);
    for (Assignment a : team.assignments()) {
      if (a.role().equals(role) && !holders.contains(a.person())) {
        holders.add(a.person());
      }
    }
    return holders;
  }

  void gap(PolicyRule rule, Grid grid, String message) {
    gaps.add(Finding.of(rule, grid.code().value(), message));
  }

  StaffMember member(PersonId person) {
    return staffing.member(person);
  }

  /** Name and id, as on a notice board: {@code 张伟 (p-001)}; never contact data. */
  String label(PersonId person) {
    return staffing.findMember(person).map(StaffMember::label).orElse(person.value());
  }

  String labels(List<PersonId> persons) {
    return String.join(", ", persons.stream().map(this::label).toList());
  }

  /** Name and code: {@code 长源社区 (210902001001)}. */
  static String label(Grid grid) {
    return grid.name() + " (" + grid.code() + ")";
  }

  /** Notes that {@code person} is a cadre under {@code quota}, holding its role in {@code grid}. */
  void cadre(PolicyRule quota, PersonId person, Grid grid) {
    cadres.computeIfAbsent(quota, q -> new LinkedHashMap<>()).putIfAbsent(person, grid);
  }

  /** The cadres met under {@code quota}, each with the first grid where they hold its role. */
  Map<PersonId, Grid> cadres(PolicyRule quota) {
    return cadres.getOrDefault(quota, Map.of());
  }

  /** True when an assignment of {@code role} names place {@code placeId}, in {@code team}'s grid or above it. */
  boolean isHeldAt(Team team, RoleId role, String placeId) {
    if (namesPlace(team, role, placeId)) {
      return true;
    }
    for (Optional<Grid> above = team.grid().parent(); above.isPresent(); above = above.get().parent()) {
      Team upper = teamsAbove.computeIfAbsent(above.get().code(), code -> staffing.team(code, date));
      if (namesPlace(upper, role, placeId)) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesPlace(Team team, RoleId role, String placeId) {
    for (Assignment a : team.assignments()) {
      if (a.role().equals(role) && a.place().isPresent() && a.place().get().equals(placeId)) {
        return true;
      }
    }
    return false;
  }

  Report report() {
    return Report.of(gaps);
  }
}
