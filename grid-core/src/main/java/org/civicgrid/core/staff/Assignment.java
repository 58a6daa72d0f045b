package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;

/**
 * A person holding a role in a grid over a {@link Period}: who, where, what, when, how linked
 * ({@link LinkKind}), optionally at one place of the grid (the building a building leader looks after)
 * and optionally with a named backup who covers while the holder is absent (AB岗). A person may hold
 * roles in several grids at once.
 *
 * <p>In a valid {@link Staffing}, the same person never holds the same role in the same grid at the same
 * place twice on one day, so person, grid, role, place and {@code period.from()} identify an
 * assignment. References are checked by {@link Staffing}, not here. Immutable.
 *
 * @param place the id of a {@link org.civicgrid.core.place.Place} in the grid or below it, if the role
 *     is held at one place
 * @param backup the person who acts while this holder is absent (B岗 of the AB岗 pair), if named
 */
public record Assignment(
    PersonId person, GridCode grid, RoleId role, Period period, LinkKind link, Optional<String> place,
    Optional<PersonId> backup) {

  public Assignment {
    checkNotNull(person, "person");
    checkNotNull(grid, "grid");
    checkNotNull(role, "role");
    checkNotNull(period, "period");
    checkNotNull(link, "link");
    checkNotNull(place, "place");
    checkNotNull(backup, "backup");
    checkArgument(place.isEmpty() || !place.get().isBlank(), "assignment of %s in %s: blank place id", person, grid);
    checkArgument(!backup.equals(Optional.of(person)), "%s cannot be their own backup as %s of %s", person, role,
        grid);
  }

  /** A post in the grid's own team, held over {@code period}, at no particular place, with no backup. */
  public static Assignment of(PersonId person, GridCode grid, RoleId role, Period period) {
    return new Assignment(person, grid, role, period, LinkKind.TEAM_POST, Optional.empty(), Optional.empty());
  }

  /** This assignment with {@code backup} covering the holder's absences. */
  public Assignment withBackup(PersonId backup) {
    return new Assignment(person, grid, role, period, link, place, Optional.of(checkNotNull(backup, "backup")));
  }

  /** This assignment as a cadre link (or a team post) of this kind. */
  public Assignment withLink(LinkKind link) {
    return new Assignment(person, grid, role, period, link, place, backup);
  }

  /** This assignment held at one place of the grid, such as a building. */
  public Assignment atPlace(String placeId) {
    return new Assignment(person, grid, role, period, link, Optional.of(checkNotNull(placeId, "placeId")), backup);
  }

  /** This assignment ending before {@code until} (the first day it no longer holds). */
  public Assignment endingBefore(LocalDate until) {
    return new Assignment(person, grid, role, period.withUntil(until), link, place, backup);
  }

  /** True when the assignment is effective on {@code date}. */
  public boolean isEffectiveOn(LocalDate date) {
    return period.contains(date);
  }

  @Override
  public String toString() {
    return person + " as " + role + " of " + grid + place.map(p -> " at " + p).orElse("") + " " + period
        + (link == LinkKind.TEAM_POST ? "" : " " + link) + backup.map(b -> ", backup " + b).orElse("");
  }
}
