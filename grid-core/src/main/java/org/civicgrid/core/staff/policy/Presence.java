package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.place.PlaceKind;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Team;

/**
 * A holder of a role at every place of a kind: a building leader for every building, a unit leader for
 * every unit. The places are those recorded in the grid itself ({@link
 * org.civicgrid.core.hierarchy.Grid#places()}); an assignment covers a place when it names it, in the grid
 * or in a grid above it. A gap names the grid and each place without a holder. Immutable.
 */
public record Presence(RoleId role, PlaceKind placeKind) implements Requirement {

  public Presence {
    checkNotNull(role, "role");
    checkNotNull(placeKind, "placeKind");
  }

  /** A holder of {@code role} at every place of {@code kind} in the grid. */
  public static Presence atEvery(PlaceKind kind, RoleId role) {
    return new Presence(role, kind);
  }

  @Override
  public ImmutableSet<RoleId> rolesNamed() {
    return ImmutableSet.of(role);
  }

  void check(PolicyRule rule, Team team, Evaluation evaluation) {
    for (Place place : team.grid().places()) {
      if (place.kind() == placeKind && !evaluation.isHeldAt(team, role, place.id())) {
        evaluation.gap(rule, team.grid(), "no " + role + " at " + kind() + " " + place.id() + " " + place.name()
            + " of " + Evaluation.label(team.grid()));
      }
    }
  }

  private String kind() {
    return placeKind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  @Override
  public String toString() {
    return "a " + role + " at every " + kind();
  }
}
