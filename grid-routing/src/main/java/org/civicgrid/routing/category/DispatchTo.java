package org.civicgrid.routing.category;

import java.util.Optional;

/**
 * Who receives a case of a subcategory first. Most matters are handled in the grid where they arise
 * (琐事不出格) and reach the responsible department only when the grid cannot solve them; matters that
 * need a department's powers or a utility's crews go to it directly, by name (定人、定岗、定责).
 * Immutable.
 */
public enum DispatchTo {
  /** The grid where the case lies acts first; the responsible department when it cannot. */
  GRID("grid"),
  /** The responsible department or utility receives the case directly. */
  DEPARTMENT("department");

  private final String id;

  DispatchTo(String id) {
    this.id = id;
  }

  /** The lower-kebab id used in catalogue files. */
  public String id() {
    return id;
  }

  /** The value with the id {@code id}, if there is one. */
  public static Optional<DispatchTo> byId(String id) {
    for (DispatchTo to : values()) {
      if (to.id.equals(id)) {
        return Optional.of(to);
      }
    }
    return Optional.empty();
  }
}
