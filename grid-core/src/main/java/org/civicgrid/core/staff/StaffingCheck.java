package org.civicgrid.core.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;

/**
 * Checks staffing data against the {@link StaffingRule}s in one pass, collecting every finding. The
 * overlap rules group assignments by grid and role and sweep each group in start order, so the check
 * is O(n log n) in the number of assignments.
 */
final class StaffingCheck {
  private static final Comparator<Assignment> BY_START = Comparator
      .comparing((Assignment a) -> a.period().from()).thenComparing(Assignment::person);

  private final GridHierarchy hierarchy;
  private final RoleCatalogue roles;
  private final Map<PersonId, StaffMember> members = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();

  private StaffingCheck(GridHierarchy hierarchy, RoleCatalogue roles) {
    this.hierarchy = hierarchy;
    this.roles = roles;
  }

  /** Every finding of these members, assignments and absences over {@code hierarchy} and {@code roles}. */
  static Report check(GridHierarchy hierarchy, RoleCatalogue roles, List<StaffMember> members,
      List<Assignment> assignments, List<Absence> absences) {
    StaffingCheck check = new StaffingCheck(hierarchy, roles);
    check.members(members);
    check.references(assignments);
    check.overlaps(assignments);
    check.absences(absences);
    return Report.of(check.findings);
  }

  private void members(List<StaffMember> list) {
    for (StaffMember member : list) {
      StaffMember earlier = members.putIfAbsent(member.id(), member);
      if (earlier != null) {
        add(StaffingRule.DUPLICATE_MEMBER, member.id().value(),
            "two staff members have id " + member.id() + ": " + earlier.name() + " and " + member.name());
      }
    }
  }

  private void references(List<Assignment> assignments) {
    for (Assignment a : assignments) {
      boolean gridKnown = hierarchy.contains(a.grid());
      if (!gridKnown) {
        add(StaffingRule.UNKNOWN_GRID, a.grid().value(), a + ": no grid " + a.grid() + " in the hierarchy");
      }
      if (!roles.contains(a.role())) {
        add(StaffingRule.UNKNOWN_ROLE, a.grid().value(),
            a + ": no role " + a.role() + " in catalogue " + roles.id());
      }
      if (!members.containsKey(a.person())) {
        add(StaffingRule.UNKNOWN_PERSON, a.person().value(), a + ": " + a.person() + " is not a staff member");
      }
      a.backup().filter(b -> !members.containsKey(b)).ifPresent(b -> add(StaffingRule.UNKNOWN_BACKUP, b.value(),
          a + ": backup " + b + " is not a staff member"));
      if (a.place().isPresent() && gridKnown) {
        place(a, a.place().get());
      }
    }
  }

  private void place(Assignment a, String placeId) {
    Optional<Place> place = hierarchy.place(placeId);
    if (place.isEmpty()) {
      add(StaffingRule.UNKNOWN_PLACE, placeId, a + ": no place " + placeId + " in the hierarchy");
    } else {
      GridCode in = place.get().grid();
      if (!in.equals(a.grid()) && !hierarchy.isAncestor(a.grid(), in)) {
        add(StaffingRule.PLACE_OUTSIDE_GRID, placeId,
            a + ": place " + placeId + " lies in grid " + in + ", not in " + a.grid() + " or below it");
      }
    }
  }

  private void overlaps(List<Assignment> assignments) {
    Map<Post, List<Assignment>> byPost = new HashMap<>();
    for (Assignment a : assignments) {
      Optional<Role> role = roles.find(a.role());
      if (role.isPresent()) {
        Post post = role.get().singleHolder() ? new Post(a.grid(), a.role(), null, Optional.empty())
            : new Post(a.grid(), a.role(), a.person(), a.place());
        byPost.computeIfAbsent(post, k -> new ArrayList<>(2)).add(a);
      }
    }
    for (Map.Entry<Post, List<Assignment>> e : byPost.entrySet()) {
      if (e.getValue().size() > 1) {
        sweep(e.getKey(), e.getValue());
      }
    }
  }

  /** Reports every assignment that overlaps the one reaching furthest among those starting before it. */
  private void sweep(Post post, List<Assignment> group) {
    group.sort(BY_START);
    Assignment furthest = group.get(0);
    for (Assignment next : group.subList(1, group.size())) {
      if (furthest.period().overlaps(next.period())) {
        if (post.holder() == null) {
          add(StaffingRule.SINGLE_HOLDER_OVERLAP, post.grid().value(), post.role() + " of " + post.grid()
              + " is held by both " + label(furthest.person()) + " " + furthest.period() + " and "
              + label(next.person()) + " " + next.period() + "; " + post.role() + " has one holder per grid");
        } else {
          add(StaffingRule.DUPLICATE_HOLDING, post.holder().value(), label(post.holder()) + " holds "
              + post.role() + " of " + post.grid() + post.place().map(p -> " at " + p).orElse("") + " twice: "
              + furthest.period() + " and " + next.period());
        }
      }
      if (endsAfter(next.period(), furthest.period())) {
        furthest = next;
      }
    }
  }

  private static boolean endsAfter(Period a, Period b) {
    LocalDate aEnd = a.until().orElse(LocalDate.MAX);
    LocalDate bEnd = b.until().orElse(LocalDate.MAX);
    return aEnd.isAfter(bEnd);
  }

  private void absences(List<Absence> absences) {
    for (Absence absence : absences) {
      if (!members.containsKey(absence.person())) {
        add(StaffingRule.ABSENCE_OF_UNKNOWN_PERSON, absence.person().value(),
            absence + ": " + absence.person() + " is not a staff member");
      }
    }
  }

  private String label(PersonId person) {
    StaffMember member = members.get(person);
    return member == null ? person.value() : member.label();
  }

  private void add(StaffingRule rule, String subject, String message) {
    findings.add(Finding.of(rule, subject, message));
  }

  /**
   * Assignments whose periods may not overlap: a single-holder role in a grid, or for other roles one
   * holder's at one place (or none) in a grid — a building leader may look after two buildings.
   */
  private record Post(GridCode grid, RoleId role, PersonId holder, Optional<String> place) {}
}
