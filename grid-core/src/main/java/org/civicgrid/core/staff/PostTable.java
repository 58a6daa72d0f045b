package org.civicgrid.core.staff;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;

/**
 * The posts of every grid of a valid {@link Staffing}, by the grid's {@link Grid#position()}, for
 * {@link PostCover}: {@code whoActs} is the hot path of case routing, run once per case, so finding a
 * grid's posts is one array read, and deciding who covers them is a loop of int comparisons over
 * entries that already hold everything the decision reads — the role's place in the catalogue, the
 * period as epoch days, each person's absences — with no lookup by code or person and no allocation.
 * Built once per snapshot, O(n); never changed after, so safe to share between threads.
 */
final class PostTable {
  private static final Post[] NO_POSTS = {};
  private static final Absence[] NEVER_AWAY = {};

  private final Post[][] byPosition;

  private PostTable(Post[][] byPosition) {
    this.byPosition = byPosition;
  }

  /** The table of {@code index}'s assignments, whose grids {@code hierarchy} all has (a valid staffing's). */
  static PostTable of(GridHierarchy hierarchy, StaffingIndex index) {
    Map<PersonId, Absence[]> away = new HashMap<>(index.absencesByPerson.size() * 4 / 3 + 1);
    index.absencesByPerson.forEach((person, absences) -> away.put(person, absences.toArray(Absence[]::new)));
    Post[][] byPosition = new Post[hierarchy.size()][];
    Arrays.fill(byPosition, NO_POSTS);
    index.byGrid.forEach((code, assignments) -> byPosition[hierarchy.get(code).position()] =
        posts(assignments, index, away));
    return new PostTable(byPosition);
  }

  /** {@code grid}'s posts in team order: by role in catalogue order, then start, then person. */
  Post[] posts(Grid grid) {
    return byPosition[grid.position()];
  }

  /** The first of {@code absences} that keeps its person away at {@code time}, or null. */
  static Absence awayAt(Absence[] absences, LocalDateTime time) {
    for (Absence absence : absences) {
      if (absence.contains(time)) {
        return absence;
      }
    }
    return null;
  }

  private static Post[] posts(List<Assignment> assignments, StaffingIndex index, Map<PersonId, Absence[]> away) {
    Post[] posts = new Post[assignments.size()];
    for (int i = 0; i < posts.length; i++) {
      Assignment a = assignments.get(i);
      posts[i] = new Post(a, index.order(a.role()), away.getOrDefault(a.person(), NEVER_AWAY),
          a.backup().map(b -> away.getOrDefault(b, NEVER_AWAY)).orElse(NEVER_AWAY));
    }
    return posts;
  }

  /**
   * One assignment as {@link PostCover} reads it. The holder is kept as an {@code Optional} once, here,
   * so the answer can name them without allocating.
   */
  static final class Post {
    /** The role's place in the catalogue ({@link StaffingIndex#order}). */
    final int role;
    /** The first day held, as an epoch day. */
    final long from;
    /** The first day no longer held, as an epoch day; {@link Long#MAX_VALUE} while open. */
    final long until;
    final Optional<PersonId> holder;
    /** The holder's absences in the order added; a shared empty array when none. */
    final Absence[] holderAway;
    final Optional<PersonId> backup;
    /** The backup's absences in the order added; empty when none or when there is no backup. */
    final Absence[] backupAway;

    Post(Assignment assignment, int role, Absence[] holderAway, Absence[] backupAway) {
      this.role = role;
      this.from = assignment.period().from().toEpochDay();
      this.until = assignment.period().until().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      this.holder = Optional.of(assignment.person());
      this.holderAway = holderAway;
      this.backup = assignment.backup();
      this.backupAway = backupAway;
    }

    /** True when this post is of the role at catalogue place {@code role} and effective on {@code epochDay}. */
    boolean holds(int role, long epochDay) {
      return this.role == role && from <= epochDay && epochDay < until;
    }
  }
}
