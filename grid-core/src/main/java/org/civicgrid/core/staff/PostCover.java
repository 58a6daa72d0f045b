package org.civicgrid.core.staff;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;

/**
 * Decides who covers a post at a moment ({@link Staffing#whoActs}): a present holder, else a present
 * named backup, else the same in the parent grid, else nobody — and says why in one sentence, naming
 * everyone passed over. The decision is made without words; the sentence is written only when the
 * {@link Acting}'s explanation is asked for, by the same steps narrated, so the two cannot disagree.
 * The steps read the staffing's {@link PostTable}, so deciding allocates nothing but the answer.
 * Stateless.
 */
final class PostCover {
  private PostCover() {}

  /**
   * Who acts as {@code role}, the catalogue's {@code order}-th role, of {@code grid} (whose code the
   * caller gave as {@code asked}) at {@code time}; the staffing writes the explanation when it is asked
   * for.
   */
  static Acting whoActs(Staffing staffing, GridCode asked, Grid grid, RoleId role, int order, LocalDateTime time) {
    return decide(staffing, asked, grid, role, order, time, null);
  }

  /** The explanation of {@link #whoActs}'s answer, made by the same steps, narrated. */
  static String explain(Staffing staffing, Grid grid, RoleId role, int order, LocalDateTime time) {
    return decide(staffing, grid.code(), grid, role, order, time, new ArrayList<>()).explanation();
  }

  /** The decision; with {@code passedOver} non-null, with its explanation written, else to be written. */
  private static Acting decide(Staffing staffing, GridCode asked, Grid grid, RoleId role, int order,
      LocalDateTime time, List<String> passedOver) {
    long day = time.toLocalDate().toEpochDay();
    Acting own = cover(staffing, asked, grid, role, order, time, day, passedOver, null);
    if (own != null) {
      return own;
    }
    Optional<Grid> parent = grid.parent();
    if (parent.isEmpty()) {
      if (passedOver != null) {
        passedOver.add(label(grid) + " is a top grid, with no parent grid to cover it");
      }
    } else {
      Acting up = cover(staffing, asked, parent.get(), role, order, time, day, passedOver, grid);
      if (up != null) {
        return up;
      }
    }
    String nobody = passedOver == null ? "" : "no one acts as " + role + " of " + label(grid) + " at " + time;
    return acting(staffing, asked, role, time, Acting.Basis.NOBODY, Optional.empty(), nobody, passedOver);
  }

  /**
   * Cover from {@code grid}'s own holders and their backups, or null; {@code coveredFor} is the child
   * grid when {@code grid} is its parent standing in. Adds to {@code passedOver}, when narrating,
   * everyone who cannot act and why.
   */
  private static Acting cover(Staffing staffing, GridCode asked, Grid grid, RoleId role, int order,
      LocalDateTime time, long day, List<String> passedOver, Grid coveredFor) {
    PostTable.Post[] posts = staffing.posts(grid);
    boolean held = false;
    for (PostTable.Post post : posts) {
      if (!post.holds(order, day)) {
        continue;
      }
      held = true;
      Absence away = PostTable.awayAt(post.holderAway, time);
      if (away == null) {
        String acts = passedOver == null ? "" : coveredFor == null
            ? person(staffing, post.holder) + " holds " + role + " of " + label(grid) + " on " + time.toLocalDate()
            : person(staffing, post.holder) + ", " + role + " of the parent grid " + label(grid) + ", acts for "
                + label(coveredFor);
        return acting(staffing, asked, role, time, coveredFor == null ? Acting.Basis.PRIMARY
            : Acting.Basis.PARENT_GRID, post.holder, acts, passedOver);
      }
      if (passedOver != null) {
        passedOver.add(person(staffing, post.holder) + " is " + describe(away));
      }
    }
    if (!held) {
      if (passedOver != null) {
        passedOver.add("no one holds " + role + " of " + label(grid) + " on " + time.toLocalDate());
      }
      return null;
    }
    for (PostTable.Post post : posts) {
      if (!post.holds(order, day)) {
        continue;
      }
      if (post.backup.isEmpty()) {
        if (passedOver != null) {
          passedOver.add(person(staffing, post.holder) + " has no named backup");
        }
        continue;
      }
      Absence away = PostTable.awayAt(post.backupAway, time);
      if (away == null) {
        String acts = passedOver == null ? "" : person(staffing, post.backup) + ", named backup of "
            + person(staffing, post.holder) + ", acts as " + role + (coveredFor == null ? " of " + label(grid)
            : " of the parent grid " + label(grid) + " for " + label(coveredFor));
        return acting(staffing, asked, role, time, coveredFor == null ? Acting.Basis.BACKUP
            : Acting.Basis.PARENT_GRID, post.backup, acts, passedOver);
      }
      if (passedOver != null) {
        passedOver.add("backup " + person(staffing, post.backup) + " is " + describe(away));
      }
    }
    return null;
  }

  /** The one answer made per decision: to be explained by the staffing, or explained already when narrating. */
  private static Acting acting(Staffing staffing, GridCode asked, RoleId role, LocalDateTime time,
      Acting.Basis basis, Optional<PersonId> person, String acts, List<String> passedOver) {
    if (passedOver == null) {
      return new Acting(asked, role, time, basis, person, staffing.explainer());
    }
    String explanation = passedOver.isEmpty() ? acts : acts + ": " + String.join("; ", passedOver);
    return new Acting(asked, role, time, basis, person, explanation);
  }

  private static String describe(Absence absence) {
    return absence.until().map(u -> "absent from " + absence.from() + " until " + u)
        .orElse("absent since " + absence.from() + " with no known return") + " (" + absence.reason() + ")";
  }

  private static String person(Staffing staffing, Optional<PersonId> person) {
    return staffing.member(person.orElseThrow()).label();
  }

  private static String label(Grid grid) {
    return grid.name() + " (" + grid.code() + ")";
  }
}
