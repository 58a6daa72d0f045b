package org.civicgrid.core.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;

/**
 * Checks staffing data against the {@link StaffingRule}s, collecting every finding. It reads the
 * {@link StaffingIndex} of the data, where each grid's assignments are already sorted by role and
 * start, so the overlap rules sweep each role's run once: O(n log n) in all.
 */
final class StaffingCheck {
  private static final Comparator<Assignment> BY_HOLDER = Comparator.comparing(Assignment::person)
      .thenComparing(a -> a.place().orElse("")).thenComparing(a -> a.period().from());

  private final GridHierarchy hierarchy;
  private final RoleCatalogue roles;
  private final StaffingIndex index;
  private final List<Finding> findings = new ArrayList<>();

  private StaffingCheck(GridHierarchy hierarchy, RoleCatalogue roles, StaffingIndex index) {
    this.hierarchy = hierarchy;
    this.roles = roles;
    this.index = index;
  }

  /** Every finding of this data, given its {@code index}. */
  static Report check(GridHierarchy hierarchy, RoleCatalogue roles, StaffingIndex index,
      List<Assignment> assignments, List<Absence> absences) {
    StaffingCheck check = new StaffingCheck(hierarchy, roles, index);
    check.duplicateMembers();
    check.references(assignments);
    index.byGrid.values().forEach(check::overlaps);
    check.absences(absences);
    return Report.of(check.findings);
  }

  private void duplicateMembers() {
    for (StaffMember member : index.duplicateMembers) {
      add(StaffingRule.DUPLICATE_MEMBER, member.id().value(), "two staff members have id " + member.id() + ": "
          + index.members.get(member.id()).name() + " and " + member.name());
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
      if (!index.members.containsKey(a.person())) {
        add(StaffingRule.UNKNOWN_PERSON, a.person().value(), a + ": " + a.person() + " is not a staff member");
      }
      if (a.backup().isPresent() && !index.members.containsKey(a.backup().get())) {
        add(StaffingRule.UNKNOWN_BACKUP, a.backup().get().value(),
            a + ": backup " + a.backup().get() + " is not a staff member");
      }
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

  /** One grid's assignments, in team order: each role's run is checked on its own. */
  private void overlaps(List<Assignment> posts) {
    int start = 0;
    while (start < posts.size()) {
      int end = start + 1;
      while (end < posts.size() && posts.get(end).role().equals(posts.get(start).role())) {
        end++;
      }
      Optional<Role> role = end - start > 1 ? roles.find(posts.get(start).role()) : Optional.empty();
      if (role.isPresent() && role.get().singleHolder()) {
        sweep(posts.subList(start, end), true);
      } else if (role.isPresent()) {
        holderByHolder(posts.subList(start, end).toArray(Assignment[]::new));
      }
      start = end;
    }
  }

  /** A role with several holders: only one holder's assignments at one place may not overlap. */
  private void holderByHolder(Assignment[] run) {
    Arrays.sort(run, BY_HOLDER);
    int start = 0;
    while (start < run.length) {
      int end = start + 1;
      while (end < run.length && run[end].person().equals(run[start].person())
          && run[end].place().equals(run[start].place())) {
        end++;
      }
      if (end - start > 1) {
        sweep(Arrays.asList(run).subList(start, end), false);
      }
      start = end;
    }
  }

  /** Reports every assignment, in start order, that overlaps the earlier one reaching furthest. */
  private void sweep(List<Assignment> byStart, boolean singleHolder) {
    Assignment furthest = byStart.get(0);
    for (Assignment next : byStart.subList(1, byStart.size())) {
      if (furthest.period().overlaps(next.period())) {
        if (singleHolder) {
          add(StaffingRule.SINGLE_HOLDER_OVERLAP, next.grid().value(), next.role() + " of " + next.grid()
              + " is held by both " + label(furthest.person()) + " " + furthest.period() + " and "
              + label(next.person()) + " " + next.period() + "; " + next.role() + " has one holder per grid");
        } else {
          add(StaffingRule.DUPLICATE_HOLDING, next.person().value(), label(next.person()) + " holds "
              + next.role() + " of " + next.grid() + next.place().map(p -> " at " + p).orElse("") + " twice: "
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
      if (!index.members.containsKey(absence.person())) {
        add(StaffingRule.ABSENCE_OF_UNKNOWN_PERSON, absence.person().value(),
            absence + ": " + absence.person() + " is not a staff member");
      }
    }
  }

  private String label(PersonId person) {
    StaffMember member = index.members.get(person);
    return member == null ? person.value() : member.label();
  }

  private void add(StaffingRule rule, String subject, String message) {
    findings.add(Finding.of(rule, subject, message));
  }
}
