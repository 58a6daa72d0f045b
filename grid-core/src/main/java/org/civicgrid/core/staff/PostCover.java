package org.civicgrid.core.staff;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.hierarchy.Grid;

/**
 * Decides who covers a post at a moment ({@link Staffing#whoActs}): a present holder, else a present
 * named backup, else the same in the parent grid, else nobody — and says why in one sentence, naming
 * everyone passed over. The decision is made without words; the sentence is written only when the
 * {@link Acting}'s explanation is asked for, by the same steps narrated, so the two cannot disagree.
 * Stateless.
 */
final class PostCover {
  private PostCover() {}

  static Acting whoActs(Staffing staffing, Grid grid, RoleId role, LocalDateTime time) {
    Acting decided = decide(staffing, grid, role, time, null);
    return new Acting(grid.code(), role, time, decided.basis(), decided.person(),
        () -> decide(staffing, grid, role, time, new ArrayList<>()).explanation());
  }

  /** The decision; with {@code passedOver} non-null, also its explanation, else an empty one. */
  private static Acting decide(Staffing staffing, Grid grid, RoleId role, LocalDateTime time, List<String> passedOver) {
    Optional<Acting> own = cover(staffing, grid, role, time, passedOver, null);
    if (own.isPresent()) {
      return own.get();
    }
    Optional<Grid> parent = grid.parent();
    if (parent.isEmpty()) {
      if (passedOver != null) {
        passedOver.add(label(grid) + " is a top grid, with no parent grid to cover it");
      }
    } else {
      Optional<Acting> up = cover(staffing, parent.get(), role, time, passedOver, grid);
      if (up.isPresent()) {
        return up.get();
      }
    }
    return new Acting(grid.code(), role, time, Acting.Basis.NOBODY, Optional.empty(), passedOver == null ? ""
        : "no one acts as " + role + " of " + label(grid) + " at " + time + ": " + String.join("; ", passedOver));
  }

  /**
   * Cover from {@code grid}'s own holders and their backups; {@code coveredFor} is the child grid when
   * {@code grid} is its parent standing in. Adds to {@code passedOver}, when narrating, everyone who
   * cannot act and why.
   */
  private static Optional<Acting> cover(Staffing staffing, Grid grid, RoleId role, LocalDateTime time,
      List<String> passedOver, Grid coveredFor) {
    List<Assignment> holders = staffing.assignments(grid.code(), role, time.toLocalDate());
    if (holders.isEmpty()) {
      if (passedOver != null) {
        passedOver.add("no one holds " + role + " of " + label(grid) + " on " + time.toLocalDate());
      }
      return Optional.empty();
    }
    Grid asked = coveredFor == null ? grid : coveredFor;
    for (Assignment holder : holders) {
      Optional<Absence> away = staffing.absence(holder.person(), time);
      if (away.isEmpty()) {
        String acts = passedOver == null ? "" : coveredFor == null
            ? person(staffing, holder.person()) + " holds " + role + " of " + label(grid) + " on " + time.toLocalDate()
            : person(staffing, holder.person()) + ", " + role + " of the parent grid " + label(grid) + ", acts for "
                + label(coveredFor);
        return Optional.of(acting(asked, role, time, coveredFor == null ? Acting.Basis.PRIMARY
            : Acting.Basis.PARENT_GRID, holder.person(), acts, passedOver));
      }
      if (passedOver != null) {
        passedOver.add(person(staffing, holder.person()) + " is " + describe(away.get()));
      }
    }
    for (Assignment holder : holders) {
      if (holder.backup().isEmpty()) {
        if (passedOver != null) {
          passedOver.add(person(staffing, holder.person()) + " has no named backup");
        }
        continue;
      }
      PersonId backup = holder.backup().get();
      Optional<Absence> away = staffing.absence(backup, time);
      if (away.isEmpty()) {
        String acts = passedOver == null ? "" : person(staffing, backup) + ", named backup of "
            + person(staffing, holder.person()) + ", acts as " + role + (coveredFor == null ? " of " + label(grid)
            : " of the parent grid " + label(grid) + " for " + label(coveredFor));
        return Optional.of(acting(asked, role, time, coveredFor == null ? Acting.Basis.BACKUP
            : Acting.Basis.PARENT_GRID, backup, acts, passedOver));
      }
      if (passedOver != null) {
        passedOver.add("backup " + person(staffing, backup) + " is " + describe(away.get()));
      }
    }
    return Optional.empty();
  }

  private static Acting acting(Grid grid, RoleId role, LocalDateTime time, Acting.Basis basis, PersonId person,
      String acts, List<String> passedOver) {
    String explanation = passedOver == null || passedOver.isEmpty() ? acts : acts + ": " + String.join("; ", passedOver);
    return new Acting(grid.code(), role, time, basis, Optional.of(person), explanation);
  }

  private static String describe(Absence absence) {
    return absence.until().map(u -> "absent from " + absence.from() + " until " + u)
        .orElse("absent since " + absence.from() + " with no known return") + " (" + absence.reason() + ")";
  }

  private static String person(Staffing staffing, PersonId person) {
    return staffing.member(person).label();
  }

  private static String label(Grid grid) {
    return grid.name() + " (" + grid.code() + ")";
  }
}
