package org.civicgrid.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of a {@link ChangeLog}: what one change did to one grid or place, in which revision and
 * from which date. A {@link Change} produces one record per grid it splits, merges, adds, renames or
 * retires and one per place whose grid it changes. Immutable and thread-safe.
 *
 * @param revision the number of the revision that made the change
 * @param effective the date from which the change holds (inclusive)
 * @param subject the grid code or place id the record is about
 * @param from the state before, as text (old grid, old name, split source); empty when there was
 *     none (an added grid)
 * @param to the state after, as text (new grid, new name, split parts); empty when there is none (a
 *     retired grid)
 * @param description one human-readable line, for example "building B1 moved from
 *     210902001001001001 to 210902001001001003"
 */
public record ChangeRecord(
    int revision, LocalDate effective, ChangeKind kind, String subject,
    Optional<String> from, Optional<String> to, String description) {

  public ChangeRecord {
    checkArgument(revision > 1, "revision %s: changes start with revision 2", revision);
    checkNotNull(effective, "effective");
    checkNotNull(kind, "kind");
    checkNotNull(subject, "subject");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(description, "description");
  }

  @Override
  public String toString() {
    return "r" + revision + " " + effective + " " + kind + " " + description;
  }
}
