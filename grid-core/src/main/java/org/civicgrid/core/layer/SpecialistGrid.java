package org.civicgrid.core.layer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.civicgrid.core.code.GridCode;

/**
 * One grid of a department's specialist layer (a police beat, a market-supervision area) and the
 * social grid it is docked onto, if it has been docked yet. Immutable.
 *
 * @param id the department's own identifier, unique within its layer, for example {@code JWQ-03}
 * @param dockedTo the code of the social grid it is docked onto, or {@code null} while undocked
 */
public record SpecialistGrid(String id, String name, GridCode dockedTo) {
  public SpecialistGrid {
    checkArgument(id != null && !id.isBlank(), "specialist grid id must not be blank");
    checkNotNull(name, "specialist grid %s has no name", id);
  }

  /** A specialist grid docked onto the social grid {@code socialGrid}. */
  public static SpecialistGrid docked(String id, String name, String socialGrid) {
    return new SpecialistGrid(id, name, GridCode.of(socialGrid));
  }

  /** A specialist grid not yet docked onto any social grid. */
  public static SpecialistGrid undocked(String id, String name) {
    return new SpecialistGrid(id, name, null);
  }

  /** The social grid this one is docked onto, if any. */
  public Optional<GridCode> socialGrid() {
    return Optional.ofNullable(dockedTo);
  }

  public boolean isDocked() {
    return dockedTo != null;
  }

  /** This grid docked onto {@code socialGrid} instead. */
  public SpecialistGrid withSocialGrid(GridCode socialGrid) {
    return new SpecialistGrid(id, name, checkNotNull(socialGrid, "socialGrid"));
  }

  @Override
  public String toString() {
    return id + " " + name + (dockedTo == null ? " (not docked)" : " → " + dockedTo);
  }
}
